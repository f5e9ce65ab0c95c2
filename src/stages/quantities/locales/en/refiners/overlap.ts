import type { Candidate, Refiner } from '../../../types.js';

/**
 * Resolves overlaps: of two candidates sharing a token, the longer one stays (it read more of
 * the phrase: "half a million" over "a million"), then the more confident. Input need not be sorted.
 */
export const overlap: Refiner = {
  rule: 'quantities/common/overlap',
  refine(candidates) {
    const ranked = [...candidates].sort((a, b) => b.last - b.first - (a.last - a.first) || b.confidence - a.confidence || a.first - b.first);
    const kept: Candidate[] = [];
    for (const c of ranked) if (!kept.some((k) => k.first <= c.last && c.first <= k.last)) kept.push(c);
    return kept.sort((a, b) => a.first - b.first || a.last - b.last);
  },
};
