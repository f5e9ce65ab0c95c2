import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, formatWeek, isoWeek, isoWeekday, parseDay } from './calendar.js';

describe('times/calendar', () => {
  const cases: [string, number, string][] = [
    ['2025-06-05', 4, '2025-W23'],
    ['2025-06-08', 7, '2025-W23'],
    ['2021-01-01', 5, '2020-W53'],
    ['2024-12-30', 1, '2025-W01'],
  ];
  for (const [iso, weekday, week] of cases) {
    it(`puts ${iso} on weekday ${weekday} of ${week}`, () => {
      const d = parseDay(iso)!;
      assert.equal(isoWeekday(d), weekday);
      assert.equal(formatWeek(d), week);
    });
  }

  it('adds days and months across year ends', () => {
    assert.deepEqual(addDays({ year: 2025, month: 1, day: 1 }, -1), { year: 2024, month: 12, day: 31 });
    assert.deepEqual(addMonths({ year: 2025, month: 1, day: 15 }, -1), { year: 2024, month: 12, day: 1 });
    assert.deepEqual(isoWeek({ year: 2025, month: 6, day: 5 }), { year: 2025, week: 23 });
  });

  it('reads dates and date-times, and rejects what is not one', () => {
    assert.deepEqual(parseDay('2025-06-05T14:30:00Z'), { year: 2025, month: 6, day: 5 });
    assert.equal(parseDay('June 5'), null);
    assert.equal(parseDay(undefined), null);
  });
});
