import type { Token } from '../../core/doc.js';
import type { TimeAnchor } from './types.js';

/**
 * Lemmas and forms that put a clause in the future whatever its verb's tense: "will", "would",
 * "expected", "plans to", "scheduled", "upcoming". Checked before the verb form, so "was expected
 * to arrive on Friday" is future.
 */
const FUTURE_FORMS = new Set(['will', "'ll", 'shall', 'would', 'upcoming', 'forthcoming', 'next', 'tomorrow', 'soon']);
const FUTURE_LEMMAS = new Set(['expect', 'expectation', 'schedule', 'plan', 'intend', 'hope', 'aim', 'promise', 'pledge', 'vow']);

/** Present forms that are not past tense although their form differs from the lemma. */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'does', 'do']);

/** Irregular past forms wink may lemmatise to themselves. */
const PAST_FORMS = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'spoke', 'took', 'made', 'went', 'came']);

/** Punctuation that ends a clause for the narrow search ("On Wednesday, Trump spoke" widens past it). */
const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);

/** The anchor a single token gives, if any. */
function tokenAnchor(token: Token): TimeAnchor | undefined {
  const { normal, lemma, pos } = token;
  if (FUTURE_FORMS.has(normal)) return 'future';
  if (token.kind !== 'word') return undefined;
  if (FUTURE_LEMMAS.has(lemma) && (pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ')) return 'future';
  if (pos !== 'VERB' && pos !== 'AUX') return undefined;
  if (PAST_FORMS.has(normal)) return 'past';
  if (PRESENT_FORMS.has(normal)) return 'present';
  if (normal === lemma || normal.endsWith('ing')) return undefined;
  if (normal.endsWith('s') && !normal.endsWith('ss')) return 'present';
  return 'past';
}

/** The nearest anchoring token to [first, last] in tokens[lo, hi), left side first at equal distance. */
function nearest(tokens: readonly Token[], first: number, last: number, lo: number, hi: number): TimeAnchor | undefined {
  for (let d = 1; first - d >= lo || last + d < hi; d++) {
    const left = first - d >= lo ? tokenAnchor(tokens[first - d]!) : undefined;
    if (left) return left;
    const right = last + d < hi ? tokenAnchor(tokens[last + d]!) : undefined;
    if (right) return right;
  }
  return undefined;
}

/**
 * Reads the tense of the clause around tokens [first, last] of a sentence whose tokens are
 * `tokens[lo, hi)`: the nearest cue or finite verb within the comma-bounded clause, else within
 * the sentence. A future cue ("would", "expected") wins over a past verb at the same distance.
 */
export function clauseAnchor(tokens: readonly Token[], first: number, last: number, lo: number, hi: number): TimeAnchor | undefined {
  let left = first;
  while (left > lo && !CLAUSE_MARKS.has(tokens[left - 1]!.normal)) left--;
  let right = last + 1;
  while (right < hi && !CLAUSE_MARKS.has(tokens[right]!.normal)) right++;
  return nearest(tokens, first, last, left, right) ?? nearest(tokens, first, last, lo, hi);
}
