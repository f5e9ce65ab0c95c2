import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: "both sides" are the opposed pair named last', () => {
  it('reads "Both sides" as the two countries of the sentence before, even named once each', () => {
    assert.deepEqual(summary(doc('Peru and Chile fought a border war in 1995. Both sides agreed on Monday to exchange prisoners.')).filter((e) => e.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('takes the pair before a third country of the same sentence, and no place after "in"', () => {
    assert.deepEqual(summary(doc('Peru and Chile held talks in Norway. Brazil said both sides agreed to exchange prisoners.')).filter((e) => e.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('reads "the other" after "Each side" as the other of the two', () => {
    assert.deepEqual(summary(doc('Peru and Chile fought a border war in 1995. Each side accused the other of starting the war.')).filter((e) => e.startsWith('ACCUSE')), ['ACCUSE PER->CHL occurred']);
  });

  it('takes the pair the sentence itself joins by "and" ("Peruvian and Chilean officials said")', () => {
    assert.deepEqual(summary(doc('Both sides rejected the proposal, Peruvian and Chilean officials said.')), ['REJECT PER->- occurred']);
  });

  it('takes the pair named in the next sentences when none is named before', () => {
    assert.deepEqual(summary(doc('Norway urged both sides to end the fighting. Talks between Peru and Chile should resume soon.')).filter((e) => e.startsWith('REQUEST')), ['REQUEST NOR->PER occurred']);
  });
});
