import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['The strike killed at least 12 people.', [{ text: 'at least 12 people', value: 12, approx: 'at_least', casualty: 'killed' }]],
  ['12 people were killed in the attack.', [{ text: '12 people', casualty: 'killed' }]],
  ['The death toll rose to 40.', [{ text: '40', value: 40, casualty: 'killed' }]],
  ['Dozens wounded in the shelling.', [{ text: 'Dozens', casualty: 'wounded' }]],
  ['Forty dead and 100 injured.', [{ text: 'Forty', casualty: 'killed' }, { text: '100', casualty: 'wounded' }]],
  ['There were 300 casualties.', [{ text: '300 casualties', casualty: 'casualties' }]],
  ['Five soldiers were captured.', [{ text: 'Five soldiers', casualty: 'captured' }]],
  ['Some 20 people are missing.', [{ text: 'Some 20 people', casualty: 'missing' }]],
  ['The raid left three civilians dead.', [{ text: 'three civilians', casualty: 'killed' }]],
  ['12 soldiers arrived.', [{ text: '12 soldiers', casualty: undefined }]],
  ['1 dead, 2 hurt in office shooting.', [{ text: '1', casualty: 'killed' }, { text: '2', casualty: 'wounded' }]],
  ['A man suspected of shooting three people was held.', [{ text: 'three people', casualty: 'casualties' }]],
  ['He had been arrested four times.', [{ text: 'four times', casualty: undefined }]],
  ['The two wounded men were flown out.', [{ text: 'two wounded men', unit: 'men', casualty: 'wounded' }]],
  ['Three death squads operated there.', [{ text: 'Three death squads', casualty: undefined }]],
  ['It killed at least three people today.', [{ text: 'at least three people', unit: 'people', casualty: 'killed' }]],
];

describe('quantities/en/casualty', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
