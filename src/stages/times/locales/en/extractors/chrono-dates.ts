// The English entry alone: the package's main entry loads every locale (about 120 ms more at start-up).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { type Day, formatDay, formatMonth, pad } from '../../../calendar.js';
import { weekdayDate, yearFor } from '../../../resolve.js';
import type { SentenceView, TimeAnchor, TimeCandidate, TimeContext, TimeExtractor } from '../../../types.js';

/**
 * chrono parsers kept: absolute and calendar dates, weekdays and clock times, which chrono reads
 * well. Relative phrases ("in 24 hours", "3 days ago", "last month", "today") are dropped: chrono
 * turns durations into dates and loses granularity, so own rules read them.
 */
const KEPT_PARSERS = new Set([
  'ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser', 'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENSlashMonthFormatParser', 'ENTimeExpressionParser',
  'ENYearMonthNameParser', 'ENMonthNameParser',
]);

/** One chrono instance per process, built from the casual English configuration. */
let parser: chrono.Chrono | undefined;
function chronoParser(): chrono.Chrono {
  if (!parser) {
    parser = chrono.casual.clone();
    parser.parsers = parser.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name));
  }
  return parser;
}

/** A clock time must show it is one: "16:15", "3 pm", "8.30 a.m.", "noon"; not "4 a", "6.45 percent" or a bare "at 6". */
const CLOCK = /\d:\d\d|\d(?:[.:]\d\d)?\s*[ap]\.?m\b|\b(?:noon|midnight|o'clock)\b/i;

/** Words chrono includes that TIMEX3 leaves out of the span ("on Wednesday" → "Wednesday"). */
const LEADING = /^(?:(?:on|in|at|by|since|from|until|till|during|of|for)\s+)+/i;
const TRAILING = /(?:\s+(?:of|in|at|on))?[\s,.;:!?)]*$/i;

/** A day from chrono's component, or null when it lacks one. */
function dayOf(c: ParsedComponents): Day {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

/** TIMEX3 value and certainty of one chrono component, read at its known granularity. */
function valueOf(c: ParsedComponents, text: string, ref: Day | null, anchor: TimeAnchor | undefined, year?: number): { value: string | null; implied: boolean; time: boolean } {
  if (year !== undefined) return { value: c.isCertain('day') ? formatDay({ ...dayOf(c), year }) : formatMonth(year, c.get('month')!), implied: false, time: false };
  // An hour counts only when the text shows a clock ("June 14 to July 15 at 12 stadiums" has none).
  const known = (k: chrono.Component): boolean => c.isCertain(k) && (k !== 'hour' || CLOCK.test(text));
  if (!known('year') && ref === null) return { value: null, implied: true, time: known('hour') };
  let date: string;
  if (known('day') || known('weekday')) {
    let d = dayOf(c);
    // A weekday alone, or after "this", takes its side from the tense; "last"/"next" say it themselves.
    if (!known('day') && ref) {
      if (!/^(?:last|next|past|coming)\b/i.test(text)) d = weekdayDate(ref, c.get('weekday')!, anchor);
    } else if (!known('year') && ref) d = { ...d, year: yearFor(ref, d.month, d.day, anchor, d.year) };
    date = formatDay(d);
  } else if (known('month')) {
    const year = known('year') || !ref ? c.get('year')! : yearFor(ref, c.get('month')!, 0, anchor, c.get('year')!);
    date = formatMonth(year, c.get('month')!);
  } else if (known('year')) {
    date = pad(c.get('year')!, 4);
  } else {
    date = formatDay(dayOf(c));
  }
  if (!known('hour')) return { value: date, implied: !known('year'), time: false };
  return { value: `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}`, implied: !known('year'), time: true };
}

/** Calendar dates, weekdays and clock times read by chrono: "3 June 2025", "Wednesday", "16:15 UTC". */
export const chronoDates: TimeExtractor = {
  rule: 'times/en/chrono',
  keys: [],
  find(sentence: SentenceView, ctx: TimeContext): TimeCandidate[] {
    const ref = ctx.ref ?? { year: 2000, month: 1, day: 1 };
    const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
    const results = chronoParser().parse(sentence.text, { instant, timezone: 0 }, { forwardDate: false });
    const out: TimeCandidate[] = [];
    for (const r of results) {
      const lead = LEADING.exec(r.text)?.[0].length ?? 0;
      const trimmed = r.text.slice(lead).replace(TRAILING, '');
      const text = /\b[ap]\.m$/i.test(trimmed) && r.text.slice(lead).startsWith(`${trimmed}.`) ? `${trimmed}.` : trimmed;
      if (text === '') continue;
      // "8/1.5", "30/4.85": a fraction or a decimal, not a date.
      const around = sentence.text.slice(Math.max(0, r.index - 1), r.index) + '|' + sentence.text.slice(r.index + r.text.length, r.index + r.text.length + 2);
      if (/^[\d./]\||\|[.,/]\d/.test(around) || /\d\/\d+\.\d|\d\.\d+\/\d/.test(r.text)) continue;
      const start = sentence.start + r.index + lead;
      const end = start + text.length;
      const anchor = ctx.anchorAt(start, end);
      const dated = r.start.isCertain('day') || r.start.isCertain('month') || r.start.isCertain('weekday');
      if (r.start.isCertain('hour') && !CLOCK.test(text) && !dated) continue;
      if (r.start.isCertain('year') && r.start.get('year')! < 1000) continue;
      // "from January to April 2015", "from November 29 to December 2": the start takes the end's year.
      const last = r.end ? valueOf(r.end, text, ctx.ref, anchor) : null;
      const endYear = last?.value ? Number(last.value.slice(0, 4)) : undefined;
      const borrowed = endYear !== undefined && !r.start.isCertain('year') && r.start.isCertain('month')
        ? endYear - ((r.start.get('month') ?? 1) > (r.end!.get('month') ?? 12) ? 1 : 0)
        : undefined;
      const first = valueOf(r.start, text, ctx.ref, anchor, borrowed);
      const zone = first.time && first.value && /\b(?:UTC|GMT)\b/.test(text) ? 'Z' : '';
      const value = first.value === null || (last && last.value === null) ? null : last ? `${first.value}/${last.value}` : `${first.value}${zone}`;
      const implied = first.implied || (last?.implied ?? false);
      out.push({
        start, end, value, rule: r.end ? 'times/en/chrono-range' : 'times/en/chrono',
        type: first.time && !last ? 'TIME' : 'DATE',
        certainty: implied ? 'implied' : 'known',
        confidence: 0.85, relative: implied,
      });
    }
    return out;
  },
};
