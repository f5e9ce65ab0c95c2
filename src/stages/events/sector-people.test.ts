import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { SECTOR_PEOPLE } from './sector-people.js';

describe('events: the people of a sector as crowds and as agents', () => {
  it('holds the plural people nouns of the civilian sectors, not the state\'s bodies nor a singular', () => {
    for (const w of ['workers', 'journalists', 'farmers', 'students', 'monks', 'refugees', 'nurses', 'teachers']) assert.ok(SECTOR_PEOPLE.has(w), w);
    for (const w of ['police', 'troops', 'officials', 'lawmakers', 'rebels', 'press', 'journalist', 'media']) assert.ok(!SECTOR_PEOPLE.has(w), w);
  });

  it('reads a crowd of a sector protesting in a place as that place\'s people ("monks protesting in Lima")', () => {
    assert.ok(summary(doc('Police fired tear gas at monks protesting in Lima.')).includes('PROTEST PER->PER occurred'));
  });

  it('reads people named by an occupation the lexicon gives a sector as a crowd ("nurses protesting in Lima")', () => {
    assert.ok(summary(doc('Riot police fired tear gas at nurses protesting in Lima.')).includes('PROTEST PER->PER occurred'));
    assert.ok(summary(doc('Doctors in Lima protested the shortage of medicines.')).includes('PROTEST PER->PER occurred'));
  });

  it('reads the people of a sector in a place as that place\'s ("Journalists in Lima protested")', () => {
    assert.ok(summary(doc('Journalists in Lima protested the arrest of a colleague.')).includes('PROTEST PER->PER occurred'));
  });
});
