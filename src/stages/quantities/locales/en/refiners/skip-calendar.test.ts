import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['The US withdrew in 2018.', []],
  ['On 4 June the talks began.', []],
  ['On June 4, 2018, they met.', []],
  ['Between 1 and 3 June.', []],
  ['The programme for 2003–2004.', []],
  ['They met at 10 am.', []],
  ['It sent 2000 soldiers.', [{ text: '2000 soldiers', value: 2000 }]],
  ['The 2018 elections.', []],
];

describe('quantities/en/skip-calendar', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
