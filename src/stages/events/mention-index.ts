import type { EntityMention } from '../../core/mention.js';

/** The index of the first mention starting at or after `offset` (mentions sorted by start): a binary search. */
export function firstFrom(mentions: readonly EntityMention[], offset: number): number {
  let [lo, hi] = [0, mentions.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
