import type { Token } from './doc.js';

/** True when tokens `i` and `j` both exist and are in the same sentence. */
export function sameSentence(tokens: readonly Token[], i: number, j: number): boolean {
  const a = tokens[i];
  const b = tokens[j];
  return a !== undefined && b !== undefined && a.sentence === b.sentence;
}
