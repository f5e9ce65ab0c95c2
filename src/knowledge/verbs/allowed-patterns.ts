import type { VerbBlock } from './types.js';

/** Marks of an anchored block's patterns a sentence's words allow, in `[lo, hi)`, for the word set they were made for. */
export interface Allowed {
  readonly marks: Uint8Array;
  present: ReadonlySet<string> | undefined;
  lo: number;
  hi: number;
}

/** Each anchored block's marks, reused: a sentence tries the same block at several tokens and clauses. */
const allowedByBlock = new WeakMap<VerbBlock, Allowed>();

/**
 * The patterns of an anchored block worth trying for a sentence (its unanchored patterns and those
 * anchored on a word the sentence holds), or undefined for a block with no anchor index (try all).
 * Marks in pattern order replace a set and a sort per call; they are remade only when the words change.
 */
export function allowedPatterns(block: VerbBlock, present: ReadonlySet<string>): Allowed | undefined {
  const anchored = block.anchored;
  if (!anchored) return undefined;
  let allowed = allowedByBlock.get(block);
  if (allowed === undefined) {
    allowed = { marks: new Uint8Array(block.patterns.length), present: undefined, lo: 0, hi: 0 };
    allowedByBlock.set(block, allowed);
  }
  if (allowed.present === present) return allowed;
  const { marks } = allowed;
  marks.fill(0, allowed.lo, allowed.hi);
  let lo = marks.length;
  let hi = 0;
  const mark = (list: readonly number[]): void => {
    for (const i of list) {
      marks[i] = 1;
      if (i < lo) lo = i;
      if (i >= hi) hi = i + 1;
    }
  };
  if (block.unanchored) mark(block.unanchored);
  // Walk whichever of the two word sets is smaller: most blocks anchor few words, most sentences hold many.
  if (anchored.size < present.size) {
    for (const [word, list] of anchored) if (present.has(word)) mark(list);
  } else {
    for (const word of present) {
      const list = anchored.get(word);
      if (list) mark(list);
    }
  }
  allowed.present = present;
  allowed.lo = Math.min(lo, hi);
  allowed.hi = hi;
  return allowed;
}
