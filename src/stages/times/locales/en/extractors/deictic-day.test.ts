import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/en/deictic-day, relative-ago and fuzzy-reference', () => {
  checkCases([
    ['Officials said yesterday that talks failed.', ['yesterday', '2025-06-04']],
    ['Drones struck the city last night.', ['last night', '2025-06-04TNI'], { type: 'TIME' }],
    ['The city was shelled 5 days ago.', ['5 days ago', '2025-05-31']],
    ['The convoy left two weeks ago.', ['two weeks ago', '2025-W21']],
    ['Ukraine recently launched drone strikes.', ['recently', 'PAST_REF']],
    ['Fighting is currently concentrated in the east.', ['currently', 'PRESENT_REF']],
    ['Peace may come in the near future.', ['the near future', 'FUTURE_REF']],
  ]);
});

describe('times/en/relative-ago without an amount, and narrative days that are not durations', () => {
  checkCases([
    ['Months ago the front collapsed.', ['Months ago', 'PAST_REF']],
    ['The next day, shelling resumed.', null],
    ['He stayed until the last minute.', null],
  ]);
});
