import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a subject listed over commas', () => {
  it('joins the items before the last one to the subject of the verb that closes the list', () => {
    assert.match(summary(doc('Peruvian deputies, members of the Chilean parliament and many other people visited Norway.'))[0]!, /^CONSULT PER->NOR/);
  });

  it('does not join a phrase that opens with a preposition', () => {
    assert.deepEqual(summary(doc('In Norway, Peru and Chile signed an accord.')).map((e) => e.split(' ')[1]), ['PER->CHL']);
  });
});
