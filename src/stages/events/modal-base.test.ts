import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a trigger the tagger misreads after a modal', () => {
  it('reads an adjective-looking base form after "would" or "will" as the verb', () => {
    assert.deepEqual(summary(doc('Peru said it would close the Strait of Magellan.')), ['THREATEN PER->- threatened']);
  });

  it('leaves a stance after a modal alone', () => {
    assert.deepEqual(summary(doc('Peru said it would welcome Chilean membership in the bloc.')), []);
  });
});

describe('events: a participle the tagger misreads after the perfect', () => {
  it('reads a noun-tagged participle after "have" as the verb', () => {
    assert.deepEqual(summary(doc('Peruvian troops have retaken a strategic village in northern Chile.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });
});
