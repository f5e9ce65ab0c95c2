import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: appeals made "from" someone, and yielding to them', () => {
  it('reads "demands from X" after a yielding verb as X\'s demand on the one who yields, and the yielding as aimed at X', () => {
    assert.deepEqual(summary(doc('Peru caved in to demands from Chile on Monday.')).sort(), ['CONCEDE PER->CHL occurred', 'REQUEST CHL->PER occurred']);
  });

  it('reads "pressure from X" after "to" as a noun, X\'s pressure on the subject', () => {
    assert.deepEqual(summary(doc('Peru yielded to pressure from Chile.')).filter((e) => e.startsWith('REQUEST')), ['REQUEST CHL->PER occurred']);
  });

  it('keeps an infinitive with an object of its own the subject\'s act', () => {
    assert.deepEqual(summary(doc('Peru decided to demand compensation from Chile.')).filter((e) => e.startsWith('REQUEST')).map((e) => e.split(' ')[1]), ['PER->CHL']);
  });
});
