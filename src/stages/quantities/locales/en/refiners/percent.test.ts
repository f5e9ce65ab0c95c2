import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Turnout was 40%.', [{ text: '40%', value: 0.4, fraction: true, rule: 'quantities/en/percent' }]],
  ['About 70 percent of voters agreed.', [{ text: 'About 70 percent of voters', value: 0.7, approx: 'about', unit: 'voters' }]],
  ['Prices rose 10 per cent.', [{ text: '10 per cent', value: 0.1 }]],
  ['Support fell 5 percentage points.', [{ text: '5 percentage points', value: 5, fraction: false, unit: 'percentage points' }]],
  ['A 29% increase in trade.', [{ text: '29%', value: 0.29, unit: undefined }]],
];

describe('quantities/en/percent', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
