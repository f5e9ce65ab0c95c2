import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: hosting told in the passive', () => {
  it('reads an official welcomed by a host as a visit, a proposal welcomed as praise', () => {
    assert.deepEqual(summary(doc('The Peruvian foreign minister was welcomed at the airport by his Chilean counterpart.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['CONSULT PER->CHL']);
    assert.deepEqual(summary(doc('The peace proposal was welcomed by Chile on Monday.')).map((s) => s.split(' ')[0]), ['SUPPORT']);
  });
});
