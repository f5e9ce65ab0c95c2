import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['They destroyed over a third of Russia’s strategic bombers.', [{ text: 'over a third of Russia’s strategic bombers', value: 1 / 3, fraction: true, approx: 'more_than', unit: 'strategic bombers' }]],
  ['Two-thirds of the army is deployed.', [{ text: 'Two-thirds of the army', value: 2 / 3, fraction: true, unit: 'army' }]],
  ['Half of the villages burned.', [{ text: 'Half of the villages', value: 0.5, fraction: true, unit: 'villages' }]],
  ['Half a million people left.', [{ text: 'Half a million people', value: 5e5, fraction: false }]],
  ['One in five Ukrainians moved.', [{ text: 'One in five Ukrainians', value: 0.2, fraction: true, unit: 'Ukrainians' }]],
  ['A third round of talks began.', []],
  ['It lies a metre and a half of the wall.', []],
  ['Two thirds voted for it.', [{ text: 'Two thirds', value: 2 / 3, fraction: true }]],
  ['Half a dozen tanks burned.', [{ text: 'Half a dozen tanks', value: 6, fraction: false, unit: 'tanks' }]],
  ['A quarter million people.', [{ text: 'quarter million people', value: 250000 }]],
  ['One out of three Ukrainians.', [{ text: 'One out of three Ukrainians', value: 1 / 3, fraction: true }]],
  ['One-fourth of the budget.', [{ text: 'One-fourth of the budget', value: 0.25, fraction: true, unit: 'budget' }]],
];

describe('quantities/en/fraction', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
