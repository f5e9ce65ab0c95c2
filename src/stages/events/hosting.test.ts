import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: a hosted visit is coded from the visitor (PLOVER manual, CONSULT visit mode)', () => {
  it('makes the guest a host received the source and the host the target', () => {
    assert.deepEqual(summary(doc('The Peruvian president received the visiting Chilean foreign minister in Lima on Monday.')), ['CONSULT CHL->PER occurred']);
  });

  it('does so for a counterpart hosted', () => {
    assert.deepEqual(summary(doc('The Peruvian president hosted his Chilean counterpart in Lima.')), ['CONSULT CHL->PER occurred']);
  });

  it('leaves people who are no official guests as they were', () => {
    assert.deepEqual(summary(doc('Peru hosted Chilean refugees.')), ['CONSULT PER->CHL occurred']);
  });
});
