import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: forces readied for an attack are a show of force, a stated willingness a threat', () => {
  it('codes forces readied as MOBILIZE and a willingness or an announced attack as THREATEN', () => {
    assert.deepEqual(summary(doc('The Peruvian army prepared to resume shelling Chilean positions.')), ['MOBILIZE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops are preparing to attack Chilean positions.')), ['MOBILIZE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru is prepared to attack Chilean positions.')), ['THREATEN PER->CHL threatened']);
    assert.deepEqual(summary(doc('Peru said it would attack Chilean positions.')), ['THREATEN PER->CHL threatened']);
  });
});
