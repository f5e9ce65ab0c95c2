import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: whom a protest "of" or "at" an act is aimed at', () => {
  it('aims it at the possessor of the protested act', () => {
    assert.deepEqual(summary(doc('Peruvian truck drivers blocked roads in protest of the Chilean government\'s increase in diesel prices.')), ['PROTEST PER->CHL occurred']);
  });

  it('aims it at the "by" agent of the protested act before any owner', () => {
    assert.deepEqual(summary(doc('Peruvian students rioted in protest at their leader\'s arrest by Chilean police.')), ['PROTEST PER->CHL occurred', 'COERCE CHL->- occurred']);
  });

  it('takes no one named after a mere "of" of the act noun', () => {
    assert.deepEqual(summary(doc('Peruvian farmers blocked roads in protest at the settlement of Chilean immigrants.')), ['PROTEST PER->- occurred']);
  });
});
