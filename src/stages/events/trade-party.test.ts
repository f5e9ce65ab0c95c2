import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: whom a ban or restriction on trade is aimed at', () => {
  it('aims an eased restriction at where the goods go', () => {
    assert.deepEqual(summary(doc('Peru eased restrictions on goods entering Chile on Monday.')), ['CONCEDE PER->CHL occurred']);
  });

  it('aims a lifted ban at where the imports come from, over a compound noun', () => {
    assert.deepEqual(summary(doc('Peru lifted the ban on beef imports from Chile.')), ['CONCEDE PER->CHL occurred']);
  });
});
