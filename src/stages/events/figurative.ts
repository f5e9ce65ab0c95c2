/**
 * Acts whose patient is no one: violence done to an idea ("the spirit of Sevastopol cannot be
 * killed", "the vote killed the peace process", "shattered hopes of a settlement") and support or
 * payment given to a home sector ("our plan to support shipbuilding", "agreed to support container
 * traffic", "will pay compensation to the families"). The first is a figure of speech, the second a
 * domestic policy; neither is an act between actors, so neither is an event.
 */
import type { Token } from '../../core/doc.js';
import type { DraftEvent } from './merge.js';
import { isPassive } from './subjects.js';

/** Abstract heads that violence words only figuratively hit. */
const ABSTRACT = new Set([
  'spirit', 'hope', 'dream', 'idea', 'memory', 'soul', 'will', 'faith', 'truth', 'morale', 'legacy', 'tradition', 'process', 'deal',
  'plan', 'proposal', 'bill', 'initiative', 'chance', 'prospect', 'momentum', 'optimism', 'confidence', 'trust', 'friendship',
  'relationship', 'dialogue', 'freedom', 'democracy', 'culture', 'identity', 'heritage', 'reputation', 'career', 'competition', 'rumour', 'rumor', 'myth',
]);
/** Home sectors, groups of citizens and payments that support or aid with no foreign recipient goes to. */
const SECTORS = new Set([
  'shipbuilding', 'industry', 'sector', 'agriculture', 'farmer', 'producer', 'exporter', 'manufacturer', 'business', 'company', 'enterprise',
  'traffic', 'production', 'construction', 'housing', 'family', 'pensioner', 'religion', 'region', 'economy', 'employment', 'investment',
  'investor', 'tourism', 'science', 'culture', 'education', 'healthcare', 'sport', 'compensation', 'pension', 'salary', 'wage',
  'benefit', 'allowance', 'subsidy', 'mortgage', 'startup', 'entrepreneur', 'carrier', 'airline', 'manufacturing', 'measure',
]);
/** Tags that may open a noun phrase before its head. */
const OPENERS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'ADV']);
/** Verbs of committing whose infinitive names the act ("agreed to support", "plans to subsidise"). */
const COMMITTING = new Set(['agree', 'promise', 'pledge', 'decide', 'plan', 'vow', 'undertake']);
/** Categories of violence and coercion. */
const VIOLENT = new Set(['ASSAULT', 'COERCE']);
/** Categories of support and aid. */
const GIVING = new Set(['SUPPORT', 'AID', 'AGREE']);

/** The head of the noun phrase opening at `k`: the last noun of its first run of nouns; -1 when none opens there. */
function headFrom(tokens: readonly Token[], k: number, end: number): number {
  while (k < end && OPENERS.has(tokens[k]!.pos)) k++;
  if (k >= end || tokens[k]!.pos !== 'NOUN') return -1;
  while (k + 1 < end && tokens[k + 1]!.pos === 'NOUN') k++;
  return k;
}

/** The head of the subject noun phrase before the trigger at `i` in its sentence (its first noun run), or -1. */
function subjectHead(tokens: readonly Token[], i: number, from: number): number {
  for (let k = from; k < i; k++) if (tokens[k]!.pos === 'NOUN') return headFrom(tokens, k, i);
  return -1;
}

/** Is the lemma at `k` one of `words`? */
function lemmaIn(tokens: readonly Token[], k: number, words: ReadonlySet<string>): boolean {
  return k >= 0 && words.has(tokens[k]!.lemma.toLowerCase());
}

/** Does the draft tell violence done to an abstraction, or support given to a home sector, rather than an act between actors? */
export function figurative(d: DraftEvent, tokens: readonly Token[], sentenceStart: number, sentenceEnd: number): boolean {
  const i = d.tokens[0];
  if (i === undefined || tokens[i]?.pos !== 'VERB') return false;
  if (VIOLENT.has(d.plover)) {
    // "cannot be killed": a passive's patient is its subject.
    const patient = isPassive(tokens, i, sentenceStart) ? subjectHead(tokens, i, sentenceStart) : headFrom(tokens, i + 1, sentenceEnd);
    return lemmaIn(tokens, patient, ABSTRACT);
  }
  if (!GIVING.has(d.plover) || d.target) return false;
  // "agreed to support container traffic": the committed act's object; else the trigger's own ("plan to support shipbuilding").
  let verb = i;
  if (COMMITTING.has(tokens[i]!.lemma.toLowerCase()) && tokens[i + 1]?.normal === 'to' && tokens[i + 2]?.pos === 'VERB') verb = i + 2;
  return lemmaIn(tokens, headFrom(tokens, verb + 1, sentenceEnd), SECTORS);
}
