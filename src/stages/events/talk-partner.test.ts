import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: the partner of talks named after "with"', () => {
  it('holds talks with the partner after "with", not with the topic\'s adjective', () => {
    assert.deepEqual(summary(doc('The Peruvian foreign minister discussed the Bolivian crisis by telephone on Saturday with his Chilean counterpart.')), ['CONSULT PER->CHL occurred']);
  });

  it('holds talks with the partner after "with", not with the owner of the topic', () => {
    assert.deepEqual(summary(doc("The Peruvian president discussed Bolivia's proposal by telephone on Monday with the Chilean president.")), ['CONSULT PER->CHL occurred']);
  });

  it('keeps a side met as the object when a "with" phrase follows', () => {
    assert.deepEqual(summary(doc('The Peruvian president met the Chilean president with his foreign minister on Monday.')), ['CONSULT PER->CHL occurred']);
  });
});
