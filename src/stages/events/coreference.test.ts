import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: an opening pronoun subject names the previous sentence\'s subject', () => {
  it('reads "They" after a compound subject as that compound', () => {
    assert.deepEqual(summary(doc('Peru and Chile held talks in Geneva. They agreed to exchange prisoners.')).filter((e) => e.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('reads "It" as a state subject of the sentence before, not as its object', () => {
    assert.deepEqual(summary(doc('Peru asked Chile to release the prisoners. It also accused Norway of arming the rebels.')).filter((e) => e.startsWith('ACCUSE')), ['ACCUSE PER->NOR occurred']);
  });

  it('leaves "it" before a form of "be", and a plural "they" after a single state, unresolved', () => {
    assert.deepEqual(summary(doc('Peru held elections. It was agreed to attack Chile.')).filter((e) => e.startsWith('ASSAULT')), []);
    assert.deepEqual(summary(doc('Peru held elections. They attacked Chile.')).filter((e) => e.startsWith('ASSAULT')), ['ASSAULT -->CHL occurred']);
  });
});
