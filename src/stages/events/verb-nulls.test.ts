import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: verbs whose PETRARCH synset readings misfire', () => {
  it('reads a right upheld or preserved as no threat, a right reserved as one', () => {
    assert.deepEqual(summary(doc('Chilean authorities are failing to uphold the property rights of Peruvian refugees.')), []);
    assert.deepEqual(summary(doc('Peru will preserve the rights of Chilean workers.')), []);
    assert.deepEqual(summary(doc('Peru reserved the right to respond to Chile.')).map((s) => s.split(' ')[0]), ['THREATEN']);
  });
});
