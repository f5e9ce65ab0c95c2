import { describe, it } from 'node:test';
import { assertClaims, type ClaimCase } from '../../../test/support/claims.js';

// Sentences written for these tests: each shows one way a reporting verb carries a claim.
const CASES: ClaimCase[] = [
  ['The defence minister said that the convoy had reached the border.', ['The defence minister | said | the convoy had reached the border | assert indirect']],
  ['Mayor Lina Ortiz said the bridge would reopen in May.', ['Mayor Lina Ortiz | said | the bridge would reopen in May | assert indirect']],
  ['She told reporters that the ceasefire was holding.', ['She | told | the ceasefire was holding | assert indirect']],
  ['The port authority has denied that any ship was seized.', ['The port authority | has denied | any ship was seized | deny indirect']],
  ['The ministry did not confirm the casualty figures.', ['The ministry | did not confirm | the casualty figures | not-confirm indirect']],
  ['The commander ruled out a withdrawal from the city.', ['The commander | ruled out | a withdrawal from the city | reject indirect']],
  ['Chile has dismissed the proposal as premature.', ['Chile | has dismissed | the proposal as premature | reject indirect']],
  ['The envoy described the talks as constructive, adding that more rounds would follow.', ['The envoy | described | the talks as constructive | assert indirect', 'The envoy | adding | more rounds would follow | assert indirect']],
  ['The rebels, who control the north, claimed to have shot down a helicopter.', ['The rebels | claimed | to have shot down a helicopter | assert indirect']],
  ['Prices will rise again next year, the central bank warned.', ['the central bank | warned | Prices will rise again next year | warn indirect']],
  ['The harvest was the worst in a decade, said the farmers’ union.', ['the farmers’ union | said | The harvest was the worst in a decade | assert indirect']],
  ['It was reported that the embassy had closed.', ['- | was reported | the embassy had closed | assert indirect']],
  ['The plan was announced by the transport ministry on Monday.', ['the transport ministry | was announced | The plan | assert indirect']],
  ['Ms Okafor announced on Tuesday that she would resign.', ['Ms Okafor | announced | she would resign | assert indirect']],
  ['The committee expressed confidence that the vote would pass.', ['The committee | expressed confidence | the vote would pass | expect indirect']],
  ['A long meeting between the two mayors has confirmed old rivalries.', []],
  ['The governor threatened that he would respond with force.', ['The governor | threatened | he would respond with force | warn indirect']],
  ['The auditor noted that the accounts would balance.', ['The auditor | noted | the accounts would balance | assert indirect']],
  ['The coach reiterated claims from last season, insisting the referee had erred.', ['The coach | insisting | the referee had erred | assert indirect']],
  ['As I mentioned earlier, the budget is tight.', []],
  ['The clinic my cousin mentioned is closed on Sundays.', []],
  ['The ministers confirmed the support of Peru, Chile and Bolivia for the plan.', ['The ministers | confirmed | the support of Peru, Chile and Bolivia for the plan | confirm indirect']],
  ['The manager declined to say when the bank would reopen, saying only that it was safe.', ['The manager | saying | it was safe | assert indirect']],
  ['But, the pilot said, the storm had passed.', ['the pilot | said | the storm had passed | assert indirect']],
  ['The growth of trade confirms that the reforms work.', []],
  ['Ms Ito, Mr Sato and Ms Mori stressed that the vote was fair.', ['Ms Ito, Mr Sato and Ms Mori | stressed | the vote was fair | assert indirect']],
  ['The pilot said the engine had failed, and praised the crew.', ['The pilot | said | the engine had failed | assert indirect']],
  ['The nurses are working hard, sleeping little and confirming their reputation.', []],
  ['Her view, she said, was that the plan would fail.', []],
  ['And, I think, the river will rise again.', ['I | think | the river will rise again | assert indirect']],
  ['You mentioned it at the right moment.', []],
  ['The union said the plants that were to be sold are “losing money every week”.', ['The union | said | the plants that were to be sold are “losing money every week” | assert mixed']],
  ['The mayor told reporters in the square.', []],
  ['The mayor told reporters at the town hall that the square would reopen.', ['The mayor | told | the square would reopen | assert indirect']],
  ['Do you think that the talks will resume?', []],
  ['I asked the council to publish the figures.', []],
  ['When we were saying good-bye, he smiled.', []],
  ['I do not think that was fair.', ['I | do not think | that was fair | not-assert indirect']],
  ['In his remarks Mr Okoro noted that exports had doubled.', ['Mr Okoro | noted | exports had doubled | assert indirect']],
  ['A student told the minister about her project and a teacher spoke about funding.', []],
  ['The vice-president indicated that the budget would shrink.', ['The vice-president | indicated | the budget would shrink | assert indirect']],
  ['Chile announced the release of ten sailors whom Peru claims were detained illegally, while also confirming new talks.', [
    'Chile | announced | the release of ten sailors whom Peru claims were detained illegally | assert indirect',
    'Chile | confirming | new talks | confirm indirect',
    'Peru | claims | were detained illegally | assert indirect',
  ]],
  ['The director said the firm is trying to cut costs, and retain its best staff.', ['The director | said | the firm is trying to cut costs, and retain its best staff | assert indirect']],
  ['Yes, I will not ask for a bigger budget.', []],
  ['The floods were the worst in memory, the governor said on Monday.', ['the governor | said | The floods were the worst in memory | assert indirect']],
];

describe('claims/en/verb-claims', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertClaims(row));
});
