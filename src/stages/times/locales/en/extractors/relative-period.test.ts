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
