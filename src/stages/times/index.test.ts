import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kremlinTexts } from '../../../test/support/seed.js';
import { analyzeTimes } from './testing.js';

/** The TIMEX3 values the rules may produce (dates, weeks, seasons, quarters, intervals, durations, sets, refs). */
const DATE = String.raw`\d{2,4}(?:-(?:\d\d(?:-\d\d(?:T(?:\d\d:\d\d(?:Z)?|MO|AF|EV|NI))?)?|W\d\d(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?`;
const TIMEX = new RegExp(String.raw`^(?:${DATE}(?:/${DATE})?|P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|WE|D|H|S))|(?:PAST|PRESENT|FUTURE)_REF|XXXX-WXX-[1-7]|T(?:MO|AF|EV|NI))$`);

describe('times stage on real text (Kremlin, first 60 texts)', () => {
  it('keeps offsets, order, ids and TIMEX3 value shapes', () => {
    for (const input of kremlinTexts().slice(0, 60)) {
      const { text, times } = analyzeTimes(input.text, input.published ?? null);
      times.forEach((t, i) => {
        assert.equal(t.id, `t${i + 1}`);
        assert.equal(t.text, text.slice(t.start, t.end));
        if (i > 0) assert.ok(times[i - 1]!.end <= t.start, `no overlap at ${t.id} in ${input.id}`);
        if (t.value !== null) assert.match(t.value, TIMEX, `${input.id}: "${t.text}"`);
        assert.ok(t.value !== null || !input.published || t.type !== 'DURATION', `${input.id}: "${t.text}" resolved`);
      });
    }
  });
});
