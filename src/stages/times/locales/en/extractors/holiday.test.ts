import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCases } from '../../../testing.js';
import { easter } from './holiday.js';

describe('times/en/holiday', () => {
  it('computes Western Easter', () => {
    assert.deepEqual([easter(2018), easter(2019), easter(2025)].map((d) => `${d.month}-${d.day}`), ['4-1', '4-21', '4-20']);
  });
  checkCases([
    ['Russia celebrated Victory Day on Red Square.', ['Victory Day', '2025-05-09']],
    ['The leaders exchanged New Year greetings.', null],
    ['A truce was declared for Easter 2018.', ['Easter 2018', '2018-04-01']],
    ['Talks may resume after Christmas.', ['Christmas', '2025-12-25']],
    ['Shelling went on through last Christmas.', ['last Christmas', '2024-12-25']],
    ['Rallies were banned on May Day.', ['May Day', '2025-05-01']],
  ]);
});
