import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../core/mention.js';
import { doc, norwaySaid, summary } from '../../../test/support/events-doc.js';

/** A claim whose source span is only `speaker` (as a claim reader may take the place nearest the cue), cue "said", content after it. */
function saidBy(text: string, speaker: string): Claim {
  const start = text.indexOf(speaker);
  const cue = text.indexOf('said');
  return {
    id: 'c1', start: 0, end: text.length - 1, kind: 'indirect', stance: 'assert',
    source: { start, end: start + speaker.length, text: speaker, entity: 'e5' },
    cue: { start: cue, end: cue + 4, text: 'said', lemma: 'say' },
    content: { start: cue + 5, end: text.length - 1, text: text.slice(cue + 5, text.length - 1) },
  };
}

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
