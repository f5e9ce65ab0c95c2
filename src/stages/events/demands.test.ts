import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, norwaySaid, summary } from '../../../test/support/events-doc.js';

describe('events: demands stated as what another must or should do', () => {
  it('reads "X said that Y must/should …" as a demand of X on Y', () => {
    const must = 'Norway said that Peru must withdraw its troops.';
    assert.deepEqual(summary(doc(must, [norwaySaid(must)])), ['REQUEST NOR->PER occurred']);
    const should = 'Norway said that Chile should release the prisoners.';
    assert.deepEqual(summary(doc(should, [norwaySaid(should)])), ['REQUEST NOR->CHL occurred']);
  });

  it('makes no demand of a state by itself', () => {
    const own = 'Norway said that Norway should strengthen its ties with Peru.';
    assert.deepEqual(summary(doc(own, [norwaySaid(own)])).filter((s) => s.startsWith('REQUEST')), []);
  });
});
