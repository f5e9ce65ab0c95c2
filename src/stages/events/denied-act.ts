/**
 * A denial of responsibility: "North Korea denied that its navy had sunk a South Korean warship",
 * "Moscow denied that Russian warplanes had bombed Georgian territory". The denier rejects the
 * charge that it did a wrong to another state: CAMEO 016 (deny responsibility), which the PLOVER
 * manual suggests reading as REJECT, aimed at the state the denied act was done to (the accuser is
 * rarely named in the sentence). Only when the "that" clause's subject is the denier's own side (a
 * pronoun or its own state's actor): "denied that Ukraine had been invited" denies no act of its own.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { actorCode, sentenceGroups } from './actors.js';
import { claimDraft } from './claim-draft.js';
import { subjectGroup } from './complaint-tail.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** Pronouns that stand for the denier as the denied act's doer ("it had", "its navy", "their troops"). */
const OWN = new Set(['it', 'its', 'they', 'their', 'we', 'our']);
/** Acts that are no wrong done to anyone: a meeting or an accord denied ("denied that Obama had met Iranian officials") is a denied report. */
const NO_WRONG = new Set(['meet', 'talk', 'visit', 'discuss', 'negotiate', 'agree', 'sign', 'call', 'consult', 'hold']);
/** Tags between the denier and "denied" ("on Wednesday", "again", "flatly"). */
const ADJUNCT = new Set(['ADP', 'NOUN', 'PROPN', 'ADV', 'NUM']);

/** The country code of a group's first coded mention, or undefined. */
function countryOf(mentions: readonly EntityMention[]): string | undefined {
  for (const m of mentions) {
    const c = actorCode(m);
    if (c !== undefined) return c.slice(0, 3);
  }
  return undefined;
}

/** Rejections read from "X denied that its … had …", aimed at the first other state the "that" clause names. */
export function deniedAct(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  const { firstToken: first, endToken: end } = sentence;
  let v = first;
  while (v < end - 1 && !(tokens[v]!.lemma.toLowerCase() === 'deny' && tokens[v]!.pos === 'VERB' && tokens[v + 1]!.normal === 'that')) v++;
  if (v >= end - 1) return [];
  const groups = sentenceGroups(tokens, first, end, entities, dyad);
  const denier = groups.find((g) => g.end <= v && !g.locative && !g.agentive && tokens.slice(g.end, v).every((t) => ADJUNCT.has(t.pos)));
  const own = denier ? countryOf(denier.mentions) : undefined;
  if (!denier || own === undefined || own.length !== 3) return [];
  const subject = subjectGroup(groups, tokens, v + 2, end);
  const pronoun = OWN.has(tokens[v + 2]!.normal);
  // The subject must open the clause (or follow its article): "denied that, in Geneva, Russian diplomats …" is not read.
  if (!pronoun && (!subject || (subject.start !== v + 2 && tokens[v + 2]!.pos !== 'DET') || countryOf(subject.mentions) !== own)) return [];
  let verb = v + 2;
  while (verb < end && tokens[verb]!.pos !== 'VERB') verb++;
  if (verb < end && NO_WRONG.has(tokens[verb]!.lemma.toLowerCase())) return [];
  const wronged = groups.find((g) => g.start > v + 1 && g !== subject && countryOf(g.mentions) !== undefined && countryOf(g.mentions) !== own);
  if (!wronged) return [];
  const t = tokens[v]!;
  return [claimDraft({
    sentence: sentence.index, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), token: v,
    plover: 'REJECT', cameo: '120', lemma: 'deny', rule: 'events/denied-act', source: side(doc, tokens, denier), target: side(doc, tokens, wronged),
  })];
}
