import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/refine: ranges, year suffixes, mods, parts of day, false positives', () => {
  checkCases([
    ['Talks were held between 1 and 3 June.', ['between 1 and 3 June', '2025-06-01/2025-06-03']],
    ['The treaty was signed in June of 1992.', ['June of 1992', '1992-06'], { certainty: 'known' }],
    ['Deliveries start in early June.', ['early June', '2025-06'], { mod: 'START' }],
    ['The strike came on Thursday night.', ['Thursday night', '2025-06-05TNI'], { type: 'TIME' }],
    ['The partial dates keep their granularity in June.', ['June', '2025-06']],
    ['👩‍👧 Families fled in late 2006.', ['late 2006', '2006'], { mod: 'END' }],
    ['It may take time; Sumy was hit again.', null],
  ]);
});

describe('times/refine/relative-offset', () => {
  checkCases([
    ['It will happen 3 days after January 12th.', ['3 days after January 12th', '2026-01-15']],
    ['Russia will withdraw its troops in two weeks.', ['in two weeks', '2025-06-19'], { type: 'DATE', anchor: 'future' }],
    ['He said he could resolve the crisis in 24 hours.', ['24 hours', 'PT24H'], { type: 'DURATION' }],
    ['Gas will flow in the next two years.', ['the next two years', 'P2Y'], { type: 'DURATION' }],
  ]);
});

describe('times/refine/false-positives: months that are verbs', () => {
  checkCases([
    ['The ceasefire held between March and May.', ['between March and May', '2025-03/2025-05']],
    ['It may rain; they may march on Kyiv.', null],
    ['May God protect Ukraine, he said.', null],
    ['Elections were held in May.', ['May', '2025-05']],
  ]);
});
