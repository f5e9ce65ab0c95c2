import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, norwaySaid, summary } from '../../../test/support/events-doc.js';

describe('events: acts stated to be out of the question', () => {
  it('codes the speaker rejecting, aimed at the other state named before the phrase', () => {
    const talks = 'Norway said that any talks with Peru were out of the question until Lima changed course.';
    assert.deepEqual(summary(doc(talks, [norwaySaid(talks)])), ['REJECT NOR->PER occurred']);
    const lifting = 'Norway said that lifting the sanctions on Chile is out of the question.';
    assert.deepEqual(summary(doc(lifting, [norwaySaid(lifting)])), ['REJECT NOR->CHL occurred']);
  });

  it('codes nothing when no other actor is named, or no one says it', () => {
    const own = 'Norway said that a return to the old system was out of the question.';
    assert.deepEqual(summary(doc(own, [norwaySaid(own)])), []);
    assert.deepEqual(summary(doc('Talks with Peru were out of the question.')), []);
  });
});
