import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeTimes, checkCases } from '../../../testing.js';

// Published Thursday 2025-06-05.
describe('times/en/chrono', () => {
  checkCases([
    ['Trump spoke with Putin on Wednesday.', ['Wednesday', '2025-06-04'], { certainty: 'implied', anchor: 'past' }],
    ['The two leaders will meet on Wednesday.', ['Wednesday', '2025-06-11'], { anchor: 'future' }],
    ['The talks were held on March 3, 2020 in Istanbul.', ['March 3, 2020', '2020-03-03'], { certainty: 'known' }],
    ['Russia attacked the city on 1 June.', ['1 June', '2025-06-01'], { certainty: 'implied' }],
    ['The summit is expected in October.', ['October', '2025-10']],
    ['The offensive began in October.', ['October', '2024-10']],
    ['A ceasefire started at 16:15 UTC.', ['16:15 UTC', '2025-06-05T16:15Z'], { type: 'TIME' }],
    ['Fighting went on from January to April 2015.', ['from January to April 2015', '2015-01/2015-04']],
    ['😀 Troops withdrew on Monday.', ['Monday', '2025-06-02']],
    ['May I ask a question?', null],
    ['Soldiers march on the capital.', null],
  ]);
});

describe('times/en/chrono false positives', () => {
  checkCases([
    ['Mortgages were at 6.45 percent.', null],
    ['The ratio was 30/4.85 in the lab.', null],
  ]);
});

describe('times/en/chrono weekdays after "this", "last", "next"', () => {
  checkCases([
    ['They met this Wednesday.', ['this Wednesday', '2025-06-04']],
    ['The next round is set for next Tuesday.', ['next Tuesday', '2025-06-10']],
    ["Last Friday's attack killed 12.", ['Last Friday', '2025-05-30']],
  ]);
});

describe('times/en/chrono without a publication date', () => {
  it('leaves every date without a stated year unresolved, and keeps stated years', () => {
    const { times, diagnostics } = analyzeTimes('They met next Tuesday, on June 3 and on March 3, 2020.', null);
    assert.deepEqual(times.map((t) => [t.text, t.value]), [['next Tuesday', null], ['June 3', null], ['March 3, 2020', '2020-03-03']]);
    assert.deepEqual(diagnostics.filter((d) => d.code === 'times/unresolved').map((d) => [d.start, d.end]), times.slice(0, 2).map((t) => [t.start, t.end]));
  });
});
