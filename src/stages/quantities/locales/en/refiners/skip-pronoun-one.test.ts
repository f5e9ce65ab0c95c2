import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['One of them was hit.', []],
  ['On the one hand, talks.', []],
  ['They talk about one another.', []],
  ['No one came.', []],
  ['One soldier was killed.', [{ text: 'One soldier', value: 1, casualty: 'killed' }]],
  ['He opened fire, killing one and wounding two.', [{ text: 'one', value: 1, casualty: 'killed' }, { text: 'two', value: 2, casualty: 'wounded' }]],
];

describe('quantities/en/skip-pronoun-one', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
