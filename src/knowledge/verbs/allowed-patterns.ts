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
  allowed.marks.fill(0, allowed.lo, allowed.hi);
  allowed.lo = allowed.marks.length;
  allowed.hi = 0;
  if (block.unanchored) mark(allowed, block.unanchored);
  // Walk whichever of the two word sets is smaller: most blocks anchor few words, most sentences hold many.
  if (anchored.size < present.size) {
    for (const [word, list] of anchored) if (present.has(word)) mark(allowed, list);
  } else {
    for (const word of present) {
      const list = anchored.get(word);
      if (list) mark(allowed, list);
    }
  }
  allowed.present = present;
  allowed.lo = Math.min(allowed.lo, allowed.hi);
  return allowed;
}

/** Marks the listed patterns and widens the marked range over them (a module function: no closure per call). */
function mark(allowed: Allowed, list: readonly number[]): void {
  for (const i of list) {
    allowed.marks[i] = 1;
    if (i < allowed.lo) allowed.lo = i;
    if (i >= allowed.hi) allowed.hi = i + 1;
  }
}
