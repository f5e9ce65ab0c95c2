import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimsIn } from '../../../test/support/claims.js';

// Paragraphs written for these tests.
describe('claims/links', () => {
  it('links a corroboration to the claim about the same thing by another source', () => {
    const found = claimsIn('The navy said the frigate sank after the explosion. The port authority reported long queues. Drone footage confirmed reports of the sinking near the coast.');
    const sank = found.find((c) => c.content.text.startsWith('the frigate sank'))!;
    const footage = found.find((c) => c.source?.text === 'Drone footage')!;
    assert.deepEqual(sank.corroboratedBy, [footage.id]);
    assert.equal(found.find((c) => c.source?.text === 'The port authority')!.corroboratedBy, undefined);
  });

  it('links a dispute to the claim it disputes', () => {
    const found = claimsIn('The militia claims the villagers were deported. Aid continued despite conflicting accounts of the deportation.');
    const deported = found.find((c) => c.source?.text === 'The militia')!;
    const dispute = found.find((c) => c.stance === 'dispute')!;
    assert.deepEqual(deported.contestedBy, [dispute.id]);
  });

  it('links a denial by another source, not one by the same source', () => {
    const found = claimsIn('The army said its artillery hit a depot. The mayor denied that a depot was hit.');
    const hit = found.find((c) => c.source?.text === 'The army')!;
    const denial = found.find((c) => c.stance === 'deny')!;
    assert.deepEqual(hit.contestedBy, [denial.id]);
  });
});
