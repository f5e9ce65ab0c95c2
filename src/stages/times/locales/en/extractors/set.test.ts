import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/en/set, quarter and decade', () => {
  checkCases([
    ['The ministers meet every week.', ['every week', 'P1W'], { type: 'SET' }],
    ['Inspections happen twice a year.', ['twice a year', 'P1Y'], { type: 'SET' }],
    ['The annual summit opened.', ['annual', 'P1Y'], { type: 'SET' }],
    ['Sales fell in the third quarter of 2009.', ['the third quarter of 2009', '2009-Q3']],
    ['The war in the 1990s ended.', ['the 1990s', '199']],
  ]);
});

describe('times/en/quarter halves and ISO forms', () => {
  checkCases([
    ['Growth picked up in 2019-Q1.', ['2019-Q1', '2019-Q1']],
    ['The 2019 H2 outlook is weak.', ['2019 H2', '2019-H2']],
  ]);
});
