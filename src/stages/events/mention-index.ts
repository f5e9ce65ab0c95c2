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

/** The country a mention acts for (its actor code's first three letters, else its country), or ''. */
export function mentionCountry(m: EntityMention): string {
  return (m.actor ?? m.country ?? '').slice(0, 3);
}
