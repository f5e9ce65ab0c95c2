import type { TimeCandidate, TimeRefiner } from '../../../types.js';

/**
 * Keeps the longest of overlapping candidates; at equal length the one found first, that is by
 * the extractor listed earlier in the configuration. Input is sorted by start, longest first.
 */
export const overlapRemoval: TimeRefiner = {
  rule: 'times/refine/overlap-removal',
  refine(candidates) {
    const byPriority = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
    const kept: TimeCandidate[] = [];
    for (const { c } of byPriority) {
      if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
