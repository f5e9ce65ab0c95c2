import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: meetings attended, and declined in advance', () => {
  it('codes talks attended as a meeting', () => {
    assert.deepEqual(summary(doc('Peruvian officials attended talks with Chile on Monday.')), ['CONSULT PER->CHL occurred']);
  });

  it('codes a meeting declined with a negated future as a rejection, a past absence as a meeting denied', () => {
    assert.deepEqual(summary(doc('Peru will not attend the talks with Chile in Geneva.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru said it would never hold talks with Chile.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru did not attend the meeting with Chile.')), ['CONSULT PER->CHL denied']);
  });
});

describe('events: refusals to recognise', () => {
  it('codes a recognition refused as a rejection', () => {
    assert.deepEqual(summary(doc('Peru said it would not recognise the new government of Chile.')).map((s) => s.split(' ')[0]), ['REJECT']);
  });

});

describe('events: acts decided', () => {
  it('codes an easing or withdrawal decided as a declared concession, not an intent to yield', () => {
    assert.deepEqual(summary(doc('Peru decided to lift sanctions on Chile.')), ['CONCEDE PER->CHL planned']);
    assert.deepEqual(summary(doc('The Peruvian Supreme Court decided to allow Chilean candidates to participate in the elections.')).map((s) => s.split(' ')[0]), ['CONCEDE']);
  });

  it('codes a sanction decided as a sanction, not a threat', () => {
    assert.deepEqual(summary(doc('Peru decided to impose sanctions on Chile.')), ['SANCTION PER->CHL planned']);
  });

  it('leaves a decision not taken (under a modal, expected, or only possible) an intent, not a declared concession (review finding 5)', () => {
    assert.deepEqual(summary(doc('Peru could decide to withdraw its troops from Chile.')).map((s) => s.split(' ')[0]), ['AGREE']);
    assert.deepEqual(summary(doc('Peru is expected to decide to withdraw its troops from Chile.')).map((s) => s.split(' ')[0]), ['AGREE']);
    assert.deepEqual(summary(doc('Peru must decide to lift sanctions on Chile.')).map((s) => s.split(' ')[0]), ['AGREE']);
    assert.deepEqual(summary(doc('Peru has decided to withdraw its troops from Chile.')).map((s) => s.split(' ')[0]), ['CONCEDE']);
  });
});
