import { describe, it } from 'node:test';
import { assertClaims, type ClaimCase } from '../../../test/support/claims.js';

// Sentences written for these tests: claims cued by a noun rather than a verb.
const CASES: ClaimCase[] = [
  ['According to the health ministry, twelve people were injured.', ['the health ministry | According to | twelve people were injured | assert indirect']],
  ['Twelve people were injured, according to the health ministry.', ['the health ministry | according to | Twelve people were injured | assert indirect']],
  ['Turnout was low; but, according to observers, the count was fair.', ['observers | according to | the count was fair | assert indirect']],
  ['The markets shrugged off renewed assertions by the senator about a coming recession.', ['the senator | assertions | a coming recession | assert indirect']],
  ["The union's claims that the factory had closed were rejected by the owners.", ["The union | claims | the factory had closed | assert indirect"]],
  ['His claims that prices would fall proved wrong.', ['His | claims | prices would fall | assert indirect']],
  ['The talks went on despite conflicting accounts of the shelling.', ['- | conflicting accounts | the shelling | dispute indirect']],
  ['Claims of fraud circulated widely.', []],
  ['The dispute should be settled according to international law.', []],
  ['According to the agency, which first reported the leak, the pipe burst at night.', ['the agency | According to | the pipe burst at night | assert indirect']],
  ['The agency said according to those figures, exports rose.', ['those figures | according to | exports rose | assert indirect']],
  ['Critics made comments like, “The plan will never work,” for months.', ['Critics | made comments | The plan will never work | assert direct']],
  ['The mayor issued a warning to the residents, “Stay indoors tonight.”', ['The mayor | issued a warning | Stay indoors tonight | warn direct']],
  ['Residents heard suggestions such as “Cut the budget now.”', ['- | suggestions | Cut the budget now | assert direct']],
  ['Everyone knows the old proverb: “Measure twice, cut once.”', ['- | proverb | Measure twice, cut once | assert direct']],
  ['The proverb about patience is old.', []],
];

describe('claims/en/noun-claims', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertClaims(row));
});
