import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: trigger words that are no verbs', () => {
  it('reads an "-ing" word closing a list of adjectives before a noun as an adjective', () => {
    assert.deepEqual(summary(doc('Peru reviewed the basic, supporting sectors of the Chilean economy.')), []);
    assert.deepEqual(summary(doc('Peru continued supporting Chilean rebels.')).map((s) => s.split(' ')[0]), ['SUPPORT']);
  });
});
