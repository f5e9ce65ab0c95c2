import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Under Article 5 of the treaty.', []],
  ['Resolution 2231 was adopted.', []],
  ['Decree No. 12 was signed.', []],
  ['The Group of Four met.', []],
  ['Formula One racing.', []],
  ['Ukraine received 300 prisoners.', [{ text: '300 prisoners', value: 300 }]],
  ['The iPhone 4 owners got cases.', []],
  ['Apple launched a 3G phone.', []],
  ['Eric Kirkpatrick, 61, opened fire.', [{ text: '61', value: 61, unit: undefined }]],
  ['They support the Nord Stream 2 project.', []],
];

describe('quantities/en/skip-identifiers', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
