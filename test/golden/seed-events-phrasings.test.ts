/**
 * Common present-day wire phrasings of PLOVER categories, through the whole pipeline: the
 * constructions and patterns the development set (eval/events/dev-plover.json) showed missing.
 * Sentences here are written for the test, not taken from any scored set.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../src/app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a sentence as "PLOVER SRC->TGT" lines (actor codes cut to the country). */
function events(text: string): string[] {
  return analyzer.analyze({ text, published: '2024-05-01' }).events
    .map((e) => `${e.plover} ${e.source?.actor?.slice(0, 3) ?? '-'}->${e.target?.actor?.slice(0, 3) ?? '-'}`);
}

describe('events: common wire phrasings', () => {
  it('reads a pattern\'s object in the subject of a passive with its agent', () => {
    assert.deepEqual(events('A Greek oil tanker was seized by Iran.'), ['COERCE IRN->GRC']);
  });

  it('takes no act from the second half of a hyphenated adjective', () => {
    assert.ok(!events('Aid reached flood-hit Pakistan.').some((e) => e.startsWith('ASSAULT')));
  });

  it('codes joint exercises as military cooperation of both sides', () => {
    assert.deepEqual(events('Russia and China held joint naval exercises.'), ['COOPERATE RUS->CHN']);
  });

  it('codes aid received from someone as their act', () => {
    assert.deepEqual(events('Ukraine received military aid from Germany.'), ['AID DEU->UKR']);
  });

  it('codes a pardon as a concession', () => {
    assert.deepEqual(events('Belarus pardoned a German citizen.'), ['CONCEDE BLR->DEU']);
  });

  it('codes warships deployed as a military move', () => {
    assert.deepEqual(events('China deployed warships near Japan.'), ['MOBILIZE CHN->JPN']);
  });

  it('codes a strike begun as a protest', () => {
    assert.deepEqual(events('French rail workers went on strike.'), ['PROTEST FRA->-']);
  });
});
