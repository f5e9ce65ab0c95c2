import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Planned over a period of 18 months.', []],
  ['He could end it in 24 hours.', []],
  ['A 24-hour truce.', []],
  ['For two consecutive days.', []],
  ['It killed 12 people in 24 hours.', [{ text: '12 people', casualty: 'killed' }]],
];

describe('quantities/en/skip-durations', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
