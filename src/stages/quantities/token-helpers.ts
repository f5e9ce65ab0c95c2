import type { Token } from '../../core/doc.js';
import { sameSentence } from '../../core/same-sentence.js';

/** True when tokens `i` and `j` are in one sentence (src/core/same-sentence.ts, shared with the entities stage), with the other token helpers. */
export { sameSentence };

/** The lower-cased text of token `i`, or '' outside the token array. */
export function normalAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.normal ?? '';
}

/** True when tokens `i` and `i + 1` exist, are in one sentence and touch (no space between them). */
export function touching(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a !== undefined && b !== undefined && a.sentence === b.sentence && a.end === b.start;
}

/**
 * Matches a phrase of lower-cased words ending just before token `end` (exclusive), in the same
 * sentence; returns the index of its first token or -1.
 */
export function phraseBefore(tokens: readonly Token[], end: number, words: readonly string[]): number {
  const first = end - words.length;
  if (first < 0 || !sameSentence(tokens, first, end - 1)) return -1;
  for (let k = 0; k < words.length; k++) if (tokens[first + k]!.normal !== words[k]) return -1;
  return first;
}

/** Matches a phrase of lower-cased words starting at token `start`; returns its last index or -1. */
export function phraseAt(tokens: readonly Token[], start: number, words: readonly string[]): number {
  const last = start + words.length - 1;
  if (!sameSentence(tokens, start, last)) return -1;
  for (let k = 0; k < words.length; k++) if (tokens[start + k]!.normal !== words[k]) return -1;
  return last;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalised(text: string, token: Token): boolean {
  const c = text.charCodeAt(token.start);
  return c >= 65 && c <= 90;
}
