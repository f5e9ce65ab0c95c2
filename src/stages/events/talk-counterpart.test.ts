import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: the counterpart of the two-party talk a report tells last', () => {
  it('aims a targetless offer of one side at the other party of the talk an earlier sentence reports, across a paragraph break', () => {
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Lima. The Peruvian side expressed readiness to expand cooperation.')),
      ['CONSULT PER->CHL occurred', 'AGREE PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Lima.\n\nThe Peruvian side expressed readiness to expand cooperation.')).at(-1),
      'AGREE PER->CHL occurred');
  });

  it('gives no target when the talk is with several parties, or when the latest talk is not the source\'s', () => {
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president and the King of Norway in Lima. The Peruvian side expressed readiness to expand cooperation.')).at(-1),
      'AGREE PER->- occurred');
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Lima. The Chilean president later met the King of Norway. The Peruvian side expressed readiness to expand cooperation.')).at(-1),
      'AGREE PER->- occurred');
  });

  it('leaves an offer about a third state\'s affairs and a demand as they are', () => {
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Lima. Peru expressed readiness to host a conference on Norway.')).at(-1),
      'AGREE PER->NOR occurred');
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Lima. Peru called for an end to the violence.')).slice(1), []);
  });

  it('counts no state named only as a place: where the talk is held or the affair it settles is', () => {
    assert.deepEqual(summary(doc('In a telephone conversation with the Chilean president, the Peruvian president said Peru would continue to support a political settlement in Norway.')),
      ['CONSULT PER->CHL occurred', 'AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('The Peruvian president met with the Chilean president in Geneva. The Peruvian side expressed readiness to expand cooperation.')).at(-1),
      'AGREE PER->CHL occurred');
  });
});
