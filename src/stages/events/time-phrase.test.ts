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
  it('lists the twelve months, and a date of each opens a time phrase', () => {
    assert.equal(MONTH_NAMES.length, 12);
    assert.deepEqual(summary(doc('Peruvian troops fired on 12 November on Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
  });
});
