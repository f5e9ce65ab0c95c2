import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Dozens were wounded.', [{ text: 'Dozens', value: 24, approx: 'at_least', casualty: 'wounded' }]],
  ['Tens of thousands of people fled.', [{ text: 'Tens of thousands of people', value: 20000, approx: 'at_least', unit: 'people' }]],
  ['Hundreds of soldiers surrendered.', [{ text: 'Hundreds of soldiers', value: 200, unit: 'soldiers' }]],
  ['Hundreds of thousands of refugees.', [{ text: 'Hundreds of thousands of refugees', value: 200000 }]],
  ['Thousands marched in Kyiv.', [{ text: 'Thousands', value: 2000, approx: 'at_least' }]],
];

describe('quantities/en/vague-magnitude', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
