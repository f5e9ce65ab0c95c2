import type { TimeCandidate, TimeRefiner } from '../../../types.js';

/** "between A and B", "from A to B", "A–B": the words joining two dates of a range. */
const JOIN = /^\s*(?:-|–|—|to|and|until|till|through|thru)\s*$/i;
const OPEN = /\b(?:between|from)\s+$/i;

/** A bare day number before a day-precise end: "between 1 and 3 June", "1–3 June". */
const BARE_DAY = /\b(?:(between|from)\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and|until|till|through)\s*$/i;

/**
 * The end's value, its guessed year moved so that the range runs forward from `start`: "between
 * August and October" read in September is 2019-08/2019-10, not 2019-08/2018-10.
 */
function alignEnd(start: string, end: TimeCandidate): string {
  const value = end.value!;
  if (end.certainty !== 'implied' || !/^\d{4}-\d\d/.test(start) || !/^\d{4}-\d\d/.test(value)) return value;
  const year = Number(start.slice(0, 4)) + (value.slice(5) < start.slice(5) ? 1 : 0);
  return `${year}${value.slice(4)}`;
}

/**
 * Merges the two ends of a range into one candidate whose value is the ISO interval of both
 * ends, each at its own granularity: "between 1 and 3 June" → 2025-06-01/2025-06-03, "from 2014
 * to 2018" → 2014/2018, "from March to May 2020" keeps months. Not two dates in a list
 * ("in 2014 and in 2018": the joining text must be only the conjunction).
 */
export const rangeMerge: TimeRefiner = {
  rule: 'times/refine/range-merge',
  refine(candidates, sentence) {
    const out: TimeCandidate[] = [];
    const at = (offset: number): number => offset - sentence.start;
    for (const c of candidates) {
      const prev = out[out.length - 1];
      const between = prev ? sentence.text.slice(at(prev.end), at(c.start)) : '';
      if (prev && prev.type === 'DATE' && c.type === 'DATE' && prev.value && c.value && !prev.value.includes('/') &&
        JOIN.test(between) && (!/and/i.test(between) || /\bbetween\s+$/i.test(sentence.text.slice(0, at(prev.start))))) {
        const open = OPEN.exec(sentence.text.slice(0, at(prev.start)));
        out[out.length - 1] = { ...prev, start: open ? prev.start - open[0].length : prev.start, end: c.end, value: `${prev.value}/${alignEnd(prev.value, c)}`, rule: 'times/en/range', certainty: prev.certainty === 'implied' || c.certainty === 'implied' ? 'implied' : 'known' };
        continue;
      }
      const bare = c.type === 'DATE' && c.value && /^\d{4}-\d{2}-\d{2}$/.test(c.value) ? BARE_DAY.exec(sentence.text.slice(0, at(c.start))) : null;
      if (bare && Number(bare[2]) < Number(c.value!.slice(8))) {
        out.push({ ...c, start: c.start - bare[0].length, value: `${c.value!.slice(0, 8)}${bare[2]!.padStart(2, '0')}/${c.value}`, rule: 'times/en/range' });
        continue;
      }
      out.push(c);
    }
    // Ranges read whole by one rule ("2014–2018", chrono's "June 1 to 3") take their opening word too.
    return out.map((c) => {
      if (!c.value?.includes('/')) return c;
      const open = OPEN.exec(sentence.text.slice(0, at(c.start)));
      return open ? { ...c, start: c.start - open[0].length } : c;
    });
  },
};
