/** Words of tense, modality and negation the events stage reads a status from, and the reported future of "said … would". */
import type { Token } from '../../core/doc.js';

/** Auxiliaries and phrases that put a verb in the future. */
export const FUTURE = new Set(['will', "'ll", 'shall', 'wo']);
/** Modals that make it hypothetical. */
export const MODAL = new Set(['would', 'could', 'might', 'may', 'should', 'can', 'must', 'ca']);
/** Is the word at `k` a modal, not the month "May" before a day or year ("In May 2019 Putin met Xi")? */
export function modalAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.normal ?? '';
  return MODAL.has(w) && !(w === 'may' && tokens[k + 1]?.pos === 'NUM');
}
/** Auxiliaries of a past act or state ("had signed", "was helping", "were held", "did not send"). */
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/** Is the verb or auxiliary at `k` past ("was", "began", "opened")? An "-ing" or "-s" form, or a base form, is not. */
export function pastAt(tokens: readonly Token[], k: number, aux: boolean): boolean {
  const t = tokens[k]!;
  if (t.pos === 'AUX') return PAST_AUX.has(t.normal);
  return t.pos === 'VERB' && !aux && t.normal !== t.lemma.toLowerCase() && !t.normal.endsWith('ing') && !t.normal.endsWith('s');
}
/**
 * Is the main clause's verb, the nearest verb or auxiliary before the subordinator or preposition at `k` in its sentence, a past
 * ("Trade flowed until …", "had stayed open until …", "returned home after …")? "will keep it open until …", "vowed to fight on
 * until …", "would think twice before …" are not: their nearest verb is a base form.
 */
export function pastBefore(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return pastAt(tokens, j, false);
  }
  return false;
}
/** Words that negate the verb after them. */
export const NEGATION = new Set(['not', "n't", 'never', 'no']);

/** Verbs that report speech: "would" after them is the future seen from the past. */
const SPEECH = new Set(['say', 'tell', 'announce', 'confirm', 'declare', 'state', 'insist', 'reiterate', 'warn', 'promise', 'add', 'report', 'claim']);
/** How far back from "would" the reporting verb may stand ("said on Friday they would"). */
const SPEECH_REACH = 6;

/** Does a reporting verb stand shortly before "would" at `k`, with no other verb between ("said they would boycott")? */
export function afterSpeech(tokens: readonly Token[], k: number, from: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - SPEECH_REACH); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return SPEECH.has(t.lemma.toLowerCase());
    if (t.pos === 'AUX' || t.normal === ',') return false;
  }
  return false;
}
