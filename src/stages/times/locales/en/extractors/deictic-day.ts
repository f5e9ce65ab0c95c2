import { addDays, type Day, formatDay } from '../../../calendar.js';
import { regexExtractor } from '../../../regex-extractor.js';

/** Day offsets of the deictic day words. */
const OFFSET: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1,
  'the day before yesterday': -2, 'the day after tomorrow': 2, 'earlier today': 0, 'later today': 0,
};

/** TIMEX3 parts of the day. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

/** The TIMEX3 value of a day with an optional part of the day: 2025-06-04TNI. */
function dayValue(ref: Day, offset: number, part: string | undefined): string {
  const day = formatDay(addDays(ref, offset));
  return part ? `${day}T${PART_OF_DAY[part]}` : day;
}

/**
 * "today", "yesterday", "tomorrow", "tonight", "earlier today", "yesterday morning", "last night",
 * "this morning" → the day (or day part) from the publication date. Not "today's" possessive
 * suffix (left outside the span).
 */
export const deicticDay = regexExtractor({
  rule: 'times/en/deictic-day',
  keys: ['today', 'tonight', 'yesterday', 'tomorrow', 'night', 'morning', 'afternoon', 'evening'],
  pattern: /\b(the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:earlier|later)\s+today|today|tonight|yesterday|tomorrow|last\s+night|this(?=\s+(?:morning|afternoon|evening)))(?:\s+(morning|afternoon|evening|night))?\b/gi,
  extract(match, _sentence, ctx) {
    const word = match[1]!.toLowerCase().replace(/\s+/g, ' ');
    let part = match[2]?.toLowerCase();
    let offset = OFFSET[word];
    if (word === 'last night') [offset, part] = [-1, 'night'];
    else if (word === 'tonight') part = 'tonight';
    else if (word.startsWith('this')) offset = 0;
    if (offset === undefined || (word.startsWith('this') && !part)) return null;
    return {
      type: part ? 'TIME' : 'DATE', certainty: 'known', relative: true,
      value: ctx.ref ? dayValue(ctx.ref, offset, part) : null,
    };
  },
});
