import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, saidBy, summary } from '../../../test/support/events-doc.js';

describe('events: the subject of a reduced relative', () => {
  it('reads the speaker over an adverb before the participle', () => {
    const currently = 'Chileans currently based in Lima said that Norway must pay the debt.';
    assert.deepEqual(summary(doc(currently, [saidBy(currently, 'Lima')])), ['REQUEST CHL->NOR occurred']);
  });

  it('reads the people an owner names, not what it owns', () => {
    const owned = "Chile's officials based in Lima said that Norway must pay the debt.";
    assert.deepEqual(summary(doc(owned, [saidBy(owned, 'Lima')])), ['REQUEST CHL->NOR occurred']);
    // Statements are no one who speaks: their owner is no subject of the participle.
    const things = "Chile's statements issued in Lima said that Norway must pay the debt.";
    assert.deepEqual(summary(doc(things, [saidBy(things, 'Lima')])), []);
  });
});
