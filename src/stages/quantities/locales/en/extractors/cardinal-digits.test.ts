import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['They sent 300 tanks.', [{ text: '300 tanks', value: 300 }]],
  ['It had 1,200 beds.', [{ text: '1,200 beds', value: 1200 }]],
  ['Some 1.2 million people fled.', [{ text: 'Some 1.2 million people', value: 1.2e6 }]],
  ['The plan costs €300m.', [{ text: '€300m', value: 3e8 }]],
  ['A 100m sprint.', [{ text: '100m', value: 100, unit: 'm' }]],
  ['Call +7 495 123-45-67 now.', []],
  ['In 2016 21.4 million Russians travelled.', [{ text: '21.4 million Russians', value: 21.4e6 }]],
  ['He came 5th.', []],
  ['Talks began at 10:30.', []],
];

describe('quantities/en/cardinal-digits', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
