import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a complaint or charge told as a reporting tail', () => {
  it('codes the tail speaker accusing the main clause subject', () => {
    const complained = summary(doc('Chilean jets bombed a village near the border on Tuesday, Peru complained.'));
    assert.ok(complained.includes('ACCUSE PER->CHL occurred'), complained.join('; '));
    const protested = summary(doc('Chilean troops crossed into Peru on Sunday to hunt smugglers, Lima protested on Monday.'));
    assert.ok(protested.includes('ACCUSE PER->CHL occurred'), protested.join('; '));
    assert.ok(!protested.some((l) => l.startsWith('PROTEST')), protested.join('; '));
  });

  it('reads a past form the tagger takes for an adjective in the tail place', () => {
    const alleged = summary(doc('Chilean soldiers have looted villages along the border, Peru alleged on Monday.'));
    assert.ok(alleged.includes('ACCUSE PER->CHL occurred'), alleged.join('; '));
  });

  it('codes no accusation for a tail of saying, or against the speaker itself', () => {
    const said = summary(doc('Chilean jets bombed a village near the border on Tuesday, Peru said.'));
    assert.ok(!said.some((l) => l.startsWith('ACCUSE')), said.join('; '));
    const own = summary(doc('Peruvian troops crossed the river on Sunday, Lima complained.'));
    assert.ok(!own.some((l) => l.startsWith('ACCUSE PER->PER')), own.join('; '));
  });
});
