import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertClaims, claimsIn, type ClaimCase, line } from '../../../test/support/claims.js';

// Sentences written for these tests: direct quotations and how they find their speaker.
const CASES: ClaimCase[] = [
  ['“We will not leave the city,” the mayor said.', ['the mayor | said | We will not leave the city | assert direct']],
  ['“The road is open again,” said the police chief.', ['the police chief | said | The road is open again | assert direct']],
  ['🚨 “Stay in your shelters tonight,” the governor wrote.', ['the governor | wrote | Stay in your shelters tonight | assert direct']],
  ['The spokesman said: “No talks are planned.”', ['The spokesman | said | No talks are planned | assert direct']],
  ['The pilot said, “We saw nothing unusual.”', ['The pilot | said | We saw nothing unusual | assert direct']],
  ['The colonel said that “every unit is ready to move”.', ['The colonel | said | every unit is ready to move | assert direct']],
  ['The senator called the bill "a gift to lobbyists" and voted against it.', ['The senator | called | the bill "a gift to lobbyists" | assert mixed']],
  ['The senator called the bill a gift to lobbyists.', []],
  ['The senator called for a recount.', []],
  ['The minister said the report was "deeply flawed" and would be withdrawn.', ['The minister | said | the report was "deeply flawed" and would be withdrawn | assert mixed']],
  ['One of the nurses told me when the power came back, “Nobody slept that night.”', ['One of the nurses | told | Nobody slept that night | assert direct']],
  ['We will follow an old rule, “First, do no harm,” the surgeon said.', ['the surgeon | said | We will follow an old rule, “First, do no harm,” | assert mixed']],
  ['Question: “When will the trains run?” Answer: “Not before spring.”', ['- | Question | When will the trains run | ask direct', '- | Answer | Not before spring | assert direct']],
  ['The following statement was read at the ceremony: “The border stays closed.”', ['The following statement | was read | The border stays closed | assert direct']],
  ['The bridge was praised by the mayor as “a marvel”. It is light, making it “the longest bridge in the region”.', ['the mayor | was praised | a marvel | assert direct', 'the mayor | “ | the longest bridge in the region | assert direct']],
  ['The mayor praised it as “a marvel”. Work on the so-called “bridge of the century” began in May.', ['The mayor | praised | it as “a marvel” | assert mixed']],
  ['The mayor praised it as “a marvel”. Is it really “the longest bridge in the region”?', ['The mayor | praised | it as “a marvel” | assert mixed']],
];

describe('claims/en/quote-claims', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertClaims(row));

  it('gives a quotation resumed after its attribution the same speaker', () => {
    const found = claimsIn('“The water is safe,” the engineer said, “but boil it for another week.”').map(line);
    assert.deepEqual(found, ['the engineer | said | The water is safe | assert direct', 'the engineer | said | but boil it for another week | assert direct']);
  });

  it('reads a quotation over several sentences and paragraphs, opened after a colon', () => {
    const text = 'Headline\nThe statement read, in part:\n\n“We mourn the victims. We will rebuild.\n\n“The city will stand.”\n\nThe funeral is on Friday.';
    const [claim, ...rest] = claimsIn(text);
    assert.equal(rest.length, 0);
    assert.equal(claim!.source?.text, 'The statement');
    assert.equal(claim!.content.text, 'We mourn the victims. We will rebuild.\n\n“The city will stand');
    assert.equal(claim!.kind, 'direct');
  });

  it('gives a quoted paragraph with no cue the speaker of the claim just before it', () => {
    const text = 'The admiral said the fleet would sail on Monday.\n\n“We have waited long enough. The crews are ready.”';
    const found = claimsIn(text);
    assert.equal(found.length, 2);
    assert.equal(found[1]!.source?.text, 'The admiral');
    assert.equal(found[1]!.cue.text, '“');
    assert.equal(found[1]!.content.text, 'We have waited long enough. The crews are ready');
  });
});
