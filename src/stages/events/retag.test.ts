import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: verbs the tagger reads as adjectives or nouns', () => {
  it('reads a past tense before its bare object as the verb, not before a verb of its own', () => {
    assert.deepEqual(summary(doc('Peru relaxed visa rules for Chilean tourists on Wednesday.')).map((s) => s.split(' ')[0]), ['CONCEDE']);
    assert.deepEqual(summary(doc('Peruvian abducted children were returned.')), []);
    assert.deepEqual(summary(doc('Peru put its armed forces on alert along the Chilean border.')).filter((s) => !s.startsWith('MOBILIZE')), []);
  });

  it('reads a gerund after a verb of beginning as the act begun', () => {
    assert.deepEqual(summary(doc('Peru and Chile began trading oil through a new pipeline on Monday.')).map((s) => s.split(' ')[0]), ['COOPERATE']);
  });
});
