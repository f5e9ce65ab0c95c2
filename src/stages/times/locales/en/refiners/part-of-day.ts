import { PART_OF_DAY } from '../extractors/deictic-day.js';
import type { TimeCandidate, TimeRefiner } from '../../../types.js';

const FOLLOWING = /^\s+(morning|afternoon|evening|night)\b/i;

/** Widens a day to the part of the day after it: "Thursday night" → TIME 2006-01-26TNI. */
export const partOfDay: TimeRefiner = {
  rule: 'times/refine/part-of-day',
  refine(candidates, sentence) {
    return candidates.map((c): TimeCandidate => {
      if (c.type !== 'DATE' || !c.value || !/^\d{4}-\d{2}-\d{2}$/.test(c.value)) return c;
      const match = FOLLOWING.exec(sentence.text.slice(c.end - sentence.start));
      if (!match) return c;
      return { ...c, type: 'TIME', end: c.end + match[0].length, value: `${c.value}T${PART_OF_DAY[match[1]!.toLowerCase()]}` };
    });
  },
};
