import type { Token } from '../../core/doc.js';
import type { TimeAnchor } from './types.js';
import { QUOTE_MARKS } from '../../text/quote-marks.js';

/**
 * Lemmas and forms that put a clause in the future whatever its verb's tense: "will", "would",
 * "expected", "plans to", "scheduled", "upcoming". Checked before the verb form, so "was expected
 * to arrive on Friday" is future.
 */
const FUTURE_FORMS = new Set(['will', "'ll", 'shall', 'would', 'should', 'may', 'might', 'must', 'upcoming', 'forthcoming', 'next', 'tomorrow', 'soon']);
const FUTURE_LEMMAS = new Set(['expect', 'schedule', 'plan', 'intend', 'hope', 'aim', 'promise', 'pledge', 'vow']);
/** Nouns that announce an expectation: "expectations for a swap … this weekend". */
const FUTURE_NOUNS = new Set(['expectation', 'expectations', 'prospect', 'prospects']);

/** Present forms that are not past tense although their form differs from the lemma. */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do']);

/** Irregular past forms wink may lemmatise to themselves. */
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'spoke', 'took', 'made', 'went', 'came']);

/** Punctuation that ends a clause for the narrow search ("On Wednesday, Trump spoke" widens past it). */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', ...QUOTE_MARKS]);

/**
 * The anchor a single token gives, if any. `before` is the previous token: a participle after
 * "be" ("to be held", "will be finalized") or a verb after "to" is not past but ahead.
 */
function tokenAnchor(token: Token, before: Token | undefined): TimeAnchor | undefined {
  const { normal, lemma, pos } = token;
  if (FUTURE_FORMS.has(normal) && (pos === 'AUX' || pos === 'VERB' || pos === 'ADJ' || pos === 'ADV' || normal !== 'may')) return 'future';
  if (token.kind !== 'word') return undefined;
  if (FUTURE_NOUNS.has(normal) || (FUTURE_LEMMAS.has(lemma) && (pos === 'VERB' || pos === 'ADJ'))) return 'future';
  if (pos !== 'VERB' && pos !== 'AUX') return undefined;
  if (before && (before.normal === 'be' || (before.normal === 'to' && normal === lemma))) return 'future';
  if (PAST_FORMS.has(normal)) return 'past';
  if (PRESENT_FORMS.has(normal)) return 'present';
  if (normal === lemma || normal.endsWith('ing')) return undefined;
  if (normal.endsWith('s') && !normal.endsWith('ss')) return 'present';
  return 'past';
}

/** The nearest anchoring token to [first, last] in tokens[lo, hi), left side first at equal distance. */
function nearest(tokens: readonly Token[], first: number, last: number, lo: number, hi: number): TimeAnchor | undefined {
  for (let d = 1; first - d >= lo || last + d < hi; d++) {
    const left = first - d >= lo ? tokenAnchor(tokens[first - d]!, tokens[first - d - 1]) : undefined;
    if (left) return left;
    const right = last + d < hi ? tokenAnchor(tokens[last + d]!, tokens[last + d - 1]) : undefined;
    if (right) return right;
  }
  return undefined;
}

/**
 * Reads the tense of the clause around tokens [first, last] of a sentence whose tokens are
 * `tokens[lo, hi)`: the nearest cue or finite verb within the comma-bounded clause. When that
 * clause has no verb at all ("On Wednesday, Trump spoke …") the whole sentence is searched; when
 * it has only non-finite verbs ("…, resulting in closures during the fourth quarter") the tense is
 * left unknown rather than borrowed from the main clause.
 */
export function clauseAnchor(tokens: readonly Token[], first: number, last: number, lo: number, hi: number): TimeAnchor | undefined {
  let left = first;
  while (left > lo && !CLAUSE_MARKS.has(tokens[left - 1]!.normal)) left--;
  let right = last + 1;
  while (right < hi && !CLAUSE_MARKS.has(tokens[right]!.normal)) right++;
  const narrow = nearest(tokens, first, last, left, right);
  if (narrow) return narrow;
  for (let i = left; i < right; i++) if (tokens[i]!.pos === 'VERB' && (i < first || i > last)) return undefined;
  return nearest(tokens, first, last, lo, hi);
}
