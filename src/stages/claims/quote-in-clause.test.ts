import { describe, it } from 'node:test';
import { assertClaims, type ClaimCase } from '../../../test/support/claims.js';

// Sentences written for these tests: quotations after verbs that report only quoted words, after
// a colon that ends the sentence before, and quotations that set off names or terms.
const CASES: ClaimCase[] = [
  ['The new bridge was praised by the mayor as “the best thing built here in fifty years.”', ['the mayor | was praised | the best thing built here in fifty years | assert direct']],
  ['The envoy thanked the hosts and described them as “patient, generous and finally useful”.', ['The envoy | described | patient, generous and finally useful | assert direct']],
  ['The minister also commented on the harvest, “the best one we have had in a decade,” at the briefing.', ['The minister | commented | the best one we have had in a decade | assert direct']],
  ['Villagers asked for “a road that does not flood every spring.”', ['Villagers | asked | a road that does not flood every spring | ask direct']],
  ['At the start of the session, the governor suggested looking at the flood damage first:\n\n“We have lost three bridges and most of the grain stores this year.”', ['the governor | suggested | We have lost three bridges and most of the grain stores this year | assert direct']],
  ['The general recalled one famous commander: “Victory loves preparation above all.”', ['one famous commander | recalled | Victory loves preparation above all | assert direct']],
  ['A note on the city website, which shows a photograph and the text “Mayor Ann Holt 1950-2020”, states: “The city has lost a great servant.”', ['A note on the city website | states | The city has lost a great servant | assert direct']],
  ['The talks covered the so-called “grain for fuel swap deal” and its terms.', []],
  ['The delegates met at the “Future of the Northern Rivers” forum.', []],
  ['The two sides discussed the “all for all prisoner” principle yesterday.', []],
  ['The mayor visited the school and opened a new wing, dubbed “the house of tomorrow’s engineers”.', []],
  ['The governors expressed hope and voted in favour of “fair cooperation between all regions”.', []],
  ['The governors expressed hope and went on record in favour of “fair cooperation between all regions”.', ['The governors | went on record | fair cooperation between all regions | assert direct']],
  ['In their letter the mayors praised the plan and went on record in favour of “one ticket for all buses”.', ['the mayors | went on record | one ticket for all buses | assert direct']],
];

describe('claims/en/quote-in-clause', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertClaims(row));
});
