import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: acts at a foreign mission', () => {
  it("takes place in the mission's city, not in its state (\"outside the Chile embassy in Lima\")", () => {
    assert.deepEqual(summary(doc('Hundreds of protesters rallied outside the Chile embassy in Lima.')), ['PROTEST PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru police used water cannon against demonstrators outside the Chile embassy in Lima.')), ['ASSAULT PER->- occurred']);
  });

  it('names no place when the mission stands in none the sentence names', () => {
    assert.deepEqual(summary(doc('Hundreds of demonstrators protested outside the Chile embassy.')), []);
  });
});
