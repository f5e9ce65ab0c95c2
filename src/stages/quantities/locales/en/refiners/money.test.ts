import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['The US pledged $1.2 billion.', [{ text: '$1.2 billion', value: 1.2e9, currency: 'USD', unit: 'USD', rule: 'quantities/en/money' }]],
  ['The EU froze €300m in assets.', [{ text: '€300m', value: 3e8, currency: 'EUR' }]],
  ['It paid 1.5 billion roubles.', [{ text: '1.5 billion roubles', value: 1.5e9, currency: 'RUB' }]],
  ['It paid 300 US dollars.', [{ text: '300 US dollars', value: 300, currency: 'USD' }]],
  ['It paid US$ 5bn.', [{ text: 'US$ 5bn', value: 5e9, currency: 'USD' }]],
  ['A bomb of 500 pounds of explosives.', [{ text: '500 pounds', value: 500, unit: 'pounds' }]],
  ['He was fined 10,000 swiss francs.', [{ text: '10,000 swiss francs', currency: 'CHF' }]],
];

describe('quantities/en/money', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
