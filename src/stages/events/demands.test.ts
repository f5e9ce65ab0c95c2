import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, norwaySaid, saidBy, summary } from '../../../test/support/events-doc.js';

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

  it('takes the head of the speaker\'s phrase, not the place a participle ties to it', () => {
    const based = 'Chileans based in Lima said that Norway must pay the debt.';
    assert.deepEqual(summary(doc(based, [saidBy(based, 'Lima')])), ['REQUEST CHL->NOR occurred']);
    // No actor names whoever works there: no demand rather than the place's.
    const unnamed = 'Aid workers operating in Lima said that Norway must pay the debt.';
    assert.deepEqual(summary(doc(unnamed, [saidBy(unnamed, 'Lima')])), []);
  });
});
