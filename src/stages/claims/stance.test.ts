import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimsIn } from '../../../test/support/claims.js';

/** The stance of the only claim in `text`. */
function stanceOf(text: string): string {
  const found = claimsIn(text);
  assert.equal(found.length, 1, `one claim in ${JSON.stringify(text)}`);
  return found[0]!.stance;
}

// Sentences written for these tests.
describe('claims/stance', () => {
  it('reads a speaker announcing their own response as a warning', () => {
    assert.equal(stanceOf('The president made clear in the call, and later indicated that he would retaliate for the raid.'), 'warn');
    assert.equal(stanceOf('The rebels said they will respond to any attack.'), 'warn');
  });

  it("keeps someone else's response an assertion", () => {
    assert.equal(stanceOf('The analyst said that the army would respond within days.'), 'assert');
  });

  it('keeps a future that is not a response an assertion', () => {
    assert.equal(stanceOf('The minister said he would travel to Paris.'), 'assert');
  });

  it('negates the cue stance', () => {
    assert.equal(stanceOf('The police did not confirm the arrests.'), 'not-confirm');
    assert.equal(stanceOf('The company has never denied that the plant leaked.'), 'not-deny');
  });

  it('takes the stance of the cue verb', () => {
    assert.equal(stanceOf('The army rejected the report.'), 'reject');
    assert.equal(stanceOf('Analysts expect that inflation will slow.'), 'expect');
  });
});
