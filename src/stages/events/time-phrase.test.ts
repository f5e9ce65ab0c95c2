import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a date after a preposition is no target phrase', () => {
  it('reads the target after the date, and no target from the date alone', () => {
    assert.deepEqual(summary(doc('Peruvian troops fired on Monday on Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops fired on Monday near the Chilean border.')), []);
    assert.deepEqual(summary(doc('Peruvian troops fired on Chilean soldiers on Monday.')), ['ASSAULT PER->CHL occurred']);
  });
});
