import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { MONTH_NAMES } from './time-phrase.js';

describe('events: a date after a preposition is no target phrase', () => {
  it('reads the target after the date, and no target from the date alone', () => {
    assert.deepEqual(summary(doc('Peruvian troops fired on Monday on Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops fired on Monday near the Chilean border.')), []);
    assert.deepEqual(summary(doc('Peruvian troops fired on Chilean soldiers on Monday.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: month names shared with other date readers', () => {
  it('reads a date of each month after the pattern\'s preposition as a time, not the target', () => {
    for (const month of MONTH_NAMES) {
      const name = month[0]!.toUpperCase() + month.slice(1);
      assert.deepEqual(summary(doc(`Peruvian troops fired on 12 ${name} on Chilean soldiers.`)), ['ASSAULT PER->CHL occurred'], name);
    }
  });
});
