import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Some 200-300 people gathered.', [{ text: 'Some 200-300 people', value: 200, max: 300, approx: 'about', unit: 'people', rule: 'quantities/en/range' }]],
  ['It needs 1-2 million doses.', [{ text: '1-2 million doses', value: 1e6, max: 2e6 }]],
  ['The score was 52-35.', []],
];

describe('quantities/en/range', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
