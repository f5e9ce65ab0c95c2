import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: retaliation against someone, and land handed back', () => {
  it('codes retaliation done as force used and announced retaliation as a threat', () => {
    assert.deepEqual(summary(doc('Peru retaliated against Chilean positions on Sunday.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru said it would retaliate against Chile if the shelling continued.')), ['THREATEN PER->CHL threatened']);
  });

  it('codes territory handed back or handed over as a retreat', () => {
    assert.deepEqual(summary(doc('Peru handed back four villages to Chile on Friday.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru handed over the town to Chile.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru gave back the occupied land to Chile.')), ['RETREAT PER->CHL occurred']);
  });
});
