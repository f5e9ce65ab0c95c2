import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: whom an apology is owed', () => {
  it('aims an apology with no addressee at those its regretted act was done to', () => {
    assert.deepEqual(summary(doc('Peru apologised for its treatment of Chilean migrants.')), ['CONCEDE PER->CHL occurred']);
  });

  it('keeps the addressee named after "to"', () => {
    assert.deepEqual(summary(doc('Peru apologised to Norway for the treatment of Chilean migrants.')), ['CONCEDE PER->NOR occurred']);
  });

  it('takes no one named behind another verb of the "for" phrase', () => {
    assert.deepEqual(summary(doc('Peru apologised for the suffering it caused Chile.')), ['CONCEDE PER->- occurred']);
  });
});
