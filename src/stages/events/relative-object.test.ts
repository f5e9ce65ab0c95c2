import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: the object infinitive past a relative clause on the object', () => {
  it('reads "allow refugees who fled … to return" as allowing the return', () => {
    assert.deepEqual(summary(doc('Peru will allow 13,000 refugees who fled the fighting in the north to return home.')), ['AGREE PER->- planned']);
  });

  it('takes only the verb right after "to", not a noun further on', () => {
    assert.deepEqual(summary(doc('Peru will allow refugees who fled the fighting to seek aid in Lima.')), []);
  });
});
