import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a meeting dated ahead by a forward-only time phrase', () => {
  it('reads a meeting told in the present with "next week" or "tomorrow" as planned, an intent to meet', () => {
    assert.deepEqual(summary(doc('Talks between Peru and Chile resume in Geneva next week.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('The Peruvian President meets his Chilean counterpart in Lima tomorrow.')), ['AGREE PER->CHL planned']);
  });

  it('leaves a meeting told in the past as held', () => {
    assert.deepEqual(summary(doc('Peru and Chile held talks in Lima last week.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru and Chile held talks in Lima on the summit planned for next week.')).map((s) => s.split(' ')[0]), ['CONSULT']);
  });

  it('leaves a meeting as told when the phrase dates a noun after it ("next week\'s summit")', () => {
    assert.deepEqual(summary(doc('The Peruvian President meets his Chilean counterpart ahead of next week\'s regional summit.')), ['CONSULT PER->CHL occurred']);
  });
});
