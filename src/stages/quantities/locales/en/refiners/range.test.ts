import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Between 200 and 300 soldiers died.', [{ text: 'Between 200 and 300 soldiers', value: 200, max: 300, unit: 'soldiers', casualty: 'killed' }]],
  ['It will cost between 1 and 2 million euros.', [{ text: 'between 1 and 2 million euros', value: 1e6, max: 2e6, currency: 'EUR' }]],
  ['Growth of 20 to 30 percent.', [{ text: '20 to 30 percent', value: 0.2, max: 0.3, fraction: true }]],
  ['Two or three tanks.', [{ text: 'Two or three tanks', value: 2, max: 3 }]],
  ['Prices rose from 40 to 50 dollars.', [{ text: '40', value: 40 }, { text: '50 dollars', value: 50 }]],
  ['Either 10 bln or 10 tln.', [{ text: '10 bln', value: 1e10 }, { text: '10 tln', value: 1e13 }]],
];

describe('quantities/en/range', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
