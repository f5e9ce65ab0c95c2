import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

// Published Thursday 2025-06-05, ISO week 2025-W23.
describe('times/en/relative-period and part-of-current-period', () => {
  checkCases([
    ['A swap of 500 prisoners is expected this weekend.', ['this weekend', '2025-W23-WE'], { anchor: 'future' }],
    ['Russia presented proposals earlier in the week.', ['earlier in the week', '2025-W23'], { anchor: 'past' }],
    ['Prices rose last month.', ['last month', '2025-05']],
    ['Elections are due next year.', ['next year', '2026']],
    ['Talks resumed last week.', ['last week', '2025-W22']],
    ['Output fell by the end of last year.', ['the end of last year', '2024'], { mod: 'END' }],
  ]);
});

describe('times/en/week-of, period-boundary and the-weekend', () => {
  checkCases([
    ['Sales fell in the last week of March 2009.', ['the last week of March 2009', '2009-W13']],
    ['The first week of 2021 was calm.', ['The first week of 2021', '2021-W01']],
    ['The roadmap will be ready by the end of the year.', ['the end of the year', '2025'], { mod: 'END' }],
    ['Drones struck Kyiv over the weekend.', ['the weekend', '2025-W22-WE'], { anchor: 'past' }],
    ['Talks will resume over the weekend.', ['the weekend', '2025-W23-WE']],
  ]);
});
