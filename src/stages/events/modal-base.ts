import type { Token } from '../../core/doc.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';
import { hasEntries } from './match-triggers.js';
import { HAVE } from './perfect-aux.js';

/** Modal auxiliaries: the word after one (adverbs and "not" aside) is a verb's base form. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);
/** Tags the tagger gives such a base form when the word is also an adjective or a noun ("would close", "will free"). */
const MISREAD = new Set(['ADJ', 'NOUN']);
/** Base forms that after a modal state a stance, not an act to come: "he would welcome Ukrainian membership" is no agreement. */
const STANCES = new Set(['welcome']);
/** Tags that may stand between the modal and its verb ("would soon close", "will not free"). */
const BETWEEN = new Set(['ADV', 'PART']);

/** Endings of a participle the tagger may read as a noun or an adjective ("retaken"/NOUN). */
const PARTICIPLE = /(?:en|ed)$/;

/**
 * Is the token at `i` a verb the tagger misread, right after a modal (a base form: "would close") or
 * after the perfect's auxiliary (a participle: "have retaken"), its adverbs aside, in the same sentence?
 */
function afterModal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!MISREAD.has(t.pos) || t.normal !== t.lemma.toLowerCase() || STANCES.has(t.normal)) return false;
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.pos) && tokens[k]!.sentence === t.sentence) k--;
  if (k < 0 || tokens[k]!.sentence !== t.sentence || tokens[k]!.pos !== 'AUX') return false;
  return MODALS.has(tokens[k]!.normal) || (HAVE.has(tokens[k]!.normal) && PARTICIPLE.test(t.normal));
}

/**
 * The tokens with every trigger word the tagger read as an adjective or noun right after a modal or
 * the perfect's auxiliary retagged as a verb: "Iran said it would close the Strait of Hormuz" (wink:
 * "close"/ADJ), "troops have retaken a village" ("retaken"/NOUN). English puts a verb there. The same
 * array when nothing changes.
 */
export function retagModalBases(tokens: readonly Token[], dictionary: VerbDictionary): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = 1; i < tokens.length; i++) {
    if (!afterModal(tokens, i) || !hasEntries(tokens[i]!, dictionary)) continue;
    out ??= [...tokens];
    out[i] = { ...tokens[i]!, pos: 'VERB' };
  }
  return out ?? tokens;
}
