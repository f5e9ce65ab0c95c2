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

describe('events: the tagger\'s verbs inside compounds and after "help"', () => {
  it('reads "to" before a hyphenated compound as the preposition, and a trigger noun after "helped" as the verb', () => {
    assert.deepEqual(summary(doc('Peru sent tents to quake-hit Chile.')), ['AID PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru helped broker a truce between Chile and Bolivia.')).filter((s) => s.startsWith('AID')), []);
  });
});

describe('events: a participle adjunct after an act', () => {
  it('reads an "-ing" word the tagger made a noun, after the comma that closes an act or joined to such a participle, as its own act', () => {
    assert.deepEqual(summary(doc('Peruvian troops attacked a Chilean camp, arresting 20 Chileans.')), ['ASSAULT PER->CHL occurred', 'COERCE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops attacked a Chilean camp, killing 12 soldiers and arresting 20 Chileans.')).filter((s) => s.startsWith('COERCE')), ['COERCE PER->CHL occurred']);
  });

  it('reads no adjunct after a clause whose verb is no act', () => {
    assert.deepEqual(summary(doc('Peru was one of the most photographed places of the era, striking a chord with Chileans.')), []);
  });
});
