import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a denial of responsibility for an act against another state', () => {
  it('codes the denier rejecting, aimed at the state the denied act was done to', () => {
    const navy = summary(doc('Peru on Wednesday denied that its navy had sunk a Chilean fishing boat.'));
    assert.ok(navy.some((l) => l.startsWith('REJECT PER->CHL')), navy.join('; '));
    const own = summary(doc('Peru denied that Peruvian troops had entered Chile.'));
    assert.ok(own.some((l) => l.startsWith('REJECT PER->CHL')), own.join('; '));
  });

  it('codes no rejection when the denied act is another state\'s, or names no other state', () => {
    const other = summary(doc('Peru denied that Chile had been invited to the talks in Geneva.'));
    assert.ok(!other.some((l) => l.startsWith('REJECT PER->')), other.join('; '));
    const met = summary(doc('Peru denied that its foreign minister had met Chilean officials in Geneva.'));
    assert.ok(!met.some((l) => l.startsWith('REJECT')), met.join('; '));
    const none = summary(doc('Peru denied that its army had been placed on alert.'));
    assert.ok(!none.some((l) => l.startsWith('REJECT')), none.join('; '));
  });
});
