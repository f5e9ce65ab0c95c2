import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Ukraine hit four Russian airfields.', [{ text: 'four Russian airfields', value: 4, unit: 'airfields', rule: 'quantities/en/cardinal-words' }]],
  ['Twenty-five soldiers left.', [{ text: 'Twenty-five soldiers', value: 25 }]],
  ['It took three hundred and fifty thousand shells.', [{ text: 'three hundred and fifty thousand shells', value: 350000 }]],
  ['They lost a dozen tanks.', [{ text: 'a dozen tanks', value: 12, unit: 'tanks' }]],
  ['A million people marched.', [{ text: 'A million people', value: 1e6 }]],
  ['Two dozen drones flew.', [{ text: 'Two dozen drones', value: 24 }]],
  ['Talks with the two sides.', [{ text: 'two sides', value: 2 }]],
  ['A second round follows.', []],
  ['One and a half million people fled.', [{ text: 'One and a half million people', value: 1.5e6 }]],
  ['It has 3 million and a half people.', [{ text: '3 million and a half people', value: 3.5e6 }]],
  ['Three dozens eggs.', [{ text: 'Three dozens eggs', value: 36 }]],
];

describe('quantities/en/cardinal-words', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
