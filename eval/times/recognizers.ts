import { readFileSync } from 'node:fs';
import { CORPORA } from '../../test/support/seed.js';
import { firstDay, timesOf } from './analyze-times.js';

/** The spec files read: English DateTime has one file, DateTimeModel.json. */
export const RECOGNIZER_FILES = ['DateTime/English/DateTimeModel.json'];

/** Result types that occur in news prose: calendar dates and ranges, durations, sets. Times of day are chat. */
const NEWS_TYPES = new Set(['datetimeV2.date', 'datetimeV2.daterange', 'datetimeV2.duration', 'datetimeV2.set']);

/** Inputs that are not prose: URLs, commands to an assistant, numeric puzzles. */
const NOT_NEWS = /www\.|https?:|\b(?:cortana|schedule|book|set\s+(?:an?\s+)?(?:ooo|meeting|reminder)|remind|calendar|show\s+(?:me|sales)|meet\s+me)\b/i;

interface Resolution { timex?: string; value?: string; start?: string; end?: string }
interface SpecResult { Text: string; Start: number; End: number; TypeName?: string; Resolution?: { values?: Resolution[] } }
interface SpecCase { Input: string; Context?: { ReferenceDateTime?: string }; Results: SpecResult[]; NotSupportedByDesign?: string }

/** Pass counts of one group of cases. */
export interface PassRate { cases: number; passed: number; failures: string[] }

/** Does our value match one of the spec's resolutions (same TIMEX, same resolved value, or same first day)? */
function valueMatches(ours: string | null, expected: SpecResult): boolean {
  if (ours === null) return false;
  const values = expected.Resolution?.values ?? [];
  const oursDay = firstDay(ours);
  return values.some((v) => {
    if (v.timex === ours || v.value === ours) return true;
    const theirs = v.value ?? v.start ?? (/^\(([^,]+),/.exec(v.timex ?? '')?.[1]);
    return oursDay !== null && theirs !== undefined && theirs.slice(0, 10) === oursDay;
  });
}

/**
 * Runs the news-like cases of the Recognizers DateTime specs: positive cases whose every result
 * is a date, date range, duration or set, and negative cases (no result), skipping chat and
 * assistant commands. A positive case passes when each expected result overlaps a mention with a
 * matching value; a negative case passes when nothing is found.
 */
export function scoreRecognizers(): Map<string, PassRate> {
  const rates = new Map<string, PassRate>();
  const add = (group: string, ok: boolean, note: string): void => {
    const rate = rates.get(group) ?? { cases: 0, passed: 0, failures: [] };
    rate.cases++;
    if (ok) rate.passed++;
    else rate.failures.push(note);
    rates.set(group, rate);
  };
  for (const file of RECOGNIZER_FILES) {
    const cases = JSON.parse(readFileSync(`${CORPORA}recognizers/Specs/${file}`, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
    for (const c of cases) {
      if (NOT_NEWS.test(c.Input)) {
        add('skipped: chat, commands, URLs, questions', true, '');
        continue;
      }
      if (c.NotSupportedByDesign?.includes('javascript')) {
        add('skipped: not supported by design in the JavaScript port', true, '');
        continue;
      }
      if (!c.Results.every((r) => r.TypeName && NEWS_TYPES.has(r.TypeName))) {
        add('skipped: times of day, date-times, time ranges', true, '');
        continue;
      }
      const published = c.Context?.ReferenceDateTime?.slice(0, 10);
      const times = timesOf(c.Input, published);
      if (c.Results.length === 0) {
        add(`${file} negatives`, times.length === 0, `${c.Input} → ${times.map((t) => `"${t.text}"`).join(', ')}`);
        continue;
      }
      const group = `${file} ${c.Results.map((r) => r.TypeName!.replace('datetimeV2.', '')).sort().join('+')}`;
      const ok = c.Results.every((r) => {
        const hit = times.find((t) => t.start <= r.End && r.Start < t.end);
        return hit !== undefined && valueMatches(hit.value, r);
      });
      const got = times.map((t) => `"${t.text}"=${t.value}`).join(', ');
      add(group, ok, `${c.Input} [ref ${published}] want ${c.Results.map((r) => `"${r.Text}"=${r.Resolution?.values?.[0]?.timex}`).join(', ')} got ${got}`);
    }
  }
  return rates;
}
