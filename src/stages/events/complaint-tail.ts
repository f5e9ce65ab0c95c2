/**
 * A complaint or charge told as a reporting tail: "Israeli jets bombed a village in southern
 * Lebanon, Lebanon complained", "…, a human rights group charged", "…, Baghdad protested on
 * Sunday". The tail's speaker reports the main clause as a wrong done by the main clause's subject:
 * a complaint or accusation (PLOVER ACCUSE) by the speaker aimed at that subject, when the subject
 * is another state's or body's actor. The claims stage reads only verbs of saying as tails, so the
 * complaining verb alone ("Lebanon complained"), read as a trigger, had no target, and "protested"
 * was a demonstration. "…, officials said" is no complaint: only verbs of complaint and charge count.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { sentenceGroups, type ActorGroup } from './actors.js';
import { claimDraft, otherState } from './claim-draft.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** Tail verbs and their CAMEO code: a complaint (114, "complain officially") or a charge (112, "accuse"). */
const TAIL_VERBS: ReadonlyMap<string, string> = new Map([
  ['complain', '114'], ['protest', '114'], ['charge', '112'], ['allege', '112'], ['accuse', '112'],
]);
/** Past forms the tagger may read as adjectives ("Eritrea alleged on Monday"): in the tail's place they are its verb. */
const PAST_FORMS: ReadonlyMap<string, string> = new Map([
  ['complained', 'complain'], ['protested', 'protest'], ['charged', 'charge'], ['alleged', 'allege'], ['accused', 'accuse'],
]);
/** Tags that may stand in the speaker's phrase around its actor ("China's foreign ministry", "a human rights group"). */
const SPEAKER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'NUM']);
/**
 * Tags of the adjuncts a complaint verb may carry: after a tail verb up to the sentence's end ("on Friday", "to the United
 * Nations", "in a statement"), or between a complaint and its "that" ("to the U.N. Security Council on Thursday").
 */
export const ADJUNCT_WORDS: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PUNCT', 'PART']);
/** How many words may follow the tail verb. */
const AFTER_REACH = 8;
/** Verbs and auxiliaries: the main clause must hold one before the tail's comma. */
const VERBAL = new Set(['VERB', 'AUX']);

/** The tail verb's token: the sentence's last verb, after a comma and a speaker phrase, with only adjuncts after it; or -1. */
function tailVerb(tokens: readonly Token[], first: number, end: number): number {
  let last = end;
  while (last > first && tokens[last - 1]!.kind === 'punctuation' && tokens[last - 1]!.normal !== ',') last--;
  for (let v = last - 1; v > first && v >= last - 1 - AFTER_REACH; v--) {
    const t = tokens[v]!;
    if ((t.pos === 'VERB' && TAIL_VERBS.has(t.lemma.toLowerCase())) || PAST_FORMS.has(t.normal)) return v;
    if (!ADJUNCT_WORDS.has(t.pos) || t.normal === ',') return -1;
  }
  return -1;
}

/** The comma that opens the tail: the speaker phrase's words back from the verb to it; or -1. */
function tailComma(tokens: readonly Token[], first: number, v: number): number {
  let k = v - 1;
  while (k > first && SPEAKER_WORDS.has(tokens[k]!.pos)) k--;
  return tokens[k]?.normal === ',' && k < v - 1 ? k : -1;
}

/** A clause's subject: an actor group (no place, no passive agent) from `first` up to the clause's first verb before `stop`. */
export function subjectGroup(groups: readonly ActorGroup[], tokens: readonly Token[], first: number, comma: number): ActorGroup | undefined {
  let verb = first;
  while (verb < comma && !VERBAL.has(tokens[verb]!.pos)) verb++;
  if (verb >= comma) return undefined;
  return groups.find((g) => g.start >= first && g.end <= verb && !g.locative && !g.agentive);
}

/** Accusations of a sentence told in a complaining tail, aimed at the main clause's subject. */
export function complaintTail(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  const { firstToken: first, endToken: end } = sentence;
  const v = tailVerb(tokens, first, end);
  const comma = v < 0 ? -1 : tailComma(tokens, first, v);
  if (comma < 0) return [];
  const groups = sentenceGroups(tokens, first, end, entities, dyad);
  const speaker = groups.find((g) => g.start > comma && g.end <= v);
  const accused = subjectGroup(groups, tokens, first, comma);
  if (!speaker || !accused) return [];
  const src = side(doc, tokens, speaker);
  if (!src.actor || !otherState(accused, src.actor.slice(0, 3))) return [];
  const t = tokens[v]!;
  const lemma = PAST_FORMS.get(t.normal) ?? t.lemma.toLowerCase();
  return [claimDraft({
    sentence: sentence.index, start: t.start, end: t.end, text: doc.text.slice(t.start, t.end), token: v,
    plover: 'ACCUSE', cameo: TAIL_VERBS.get(lemma)!, lemma, rule: 'events/complaint-tail', source: src, target: side(doc, tokens, accused),
  })];
}
