import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: force not ruled out', () => {
  it('codes force or military action not ruled out or not excluded as a threat', () => {
    assert.deepEqual(summary(doc('Peru said on Tuesday it would not rule out the use of force against Chile.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['THREATEN PER->CHL']);
    assert.deepEqual(summary(doc('The Peruvian president did not exclude military action against Chile.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['THREATEN PER->CHL']);
    assert.deepEqual(summary(doc('Peru refused to rule out military strikes against Chile.')), ['THREATEN PER->CHL occurred']);
  });

  it('makes no event of force ruled out, and leaves talks not ruled out alone', () => {
    assert.deepEqual(summary(doc('Peru has ruled out the use of force against Chile.')), []);
    assert.deepEqual(summary(doc('Peru excluded military action against Chile.')), []);
    assert.ok(!summary(doc('Peru would not rule out talks with Chile.')).some((s) => s.startsWith('THREATEN')));
  });

  it('keeps the rule-out patterns of ceasefires and talks on "rule out" itself', () => {
    assert.deepEqual(findEvents(doc('Peru ruled out a ceasefire with Chile.')).map((e) => e.cameo), ['1246']);
    assert.deepEqual(findEvents(doc('Peru ruled out talks with Chile.')).map((e) => e.cameo), ['125']);
  });
});
