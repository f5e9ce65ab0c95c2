import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: relief that docked, landed or reached a place', () => {
  it('codes relief carried in and arriving as aid from the giver named in the carrier phrase', () => {
    assert.deepEqual(summary(doc('The first convoy of Peruvian relief trucks reached Chile on Monday.')), ['AID PER->CHL occurred']);
    assert.deepEqual(summary(doc('A ship with Peruvian food aid docked in Chile on Sunday.')), ['AID PER->CHL occurred']);
    assert.deepEqual(summary(doc('A plane carrying medical supplies from Peru landed in Chile on Saturday.')), ['AID PER->CHL occurred']);
  });

  it('codes no aid for a plane that landed with no relief on board', () => {
    assert.deepEqual(summary(doc('A Peruvian plane landed in Chile on Saturday.')).filter((s) => s.startsWith('AID')), []);
  });
});

describe('events: meetings attended, forces that left', () => {
  it('codes talks attended or taken part in with a named partner as a meeting', () => {
    assert.deepEqual(summary(doc('Peru attended the talks held in Geneva with Chile.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian foreign minister took part in a meeting with Chilean officials in Lima.')).map((s) => s.split(' ')[0]), ['CONSULT']);
  });

  it('codes forces that left a country as withdrawing, not forces that left for one', () => {
    assert.deepEqual(summary(doc('The last Peruvian soldiers left Chile on Tuesday.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['RETREAT PER->CHL']);
    assert.deepEqual(summary(doc('Two battalions of Peruvian troops left for Chile on Monday.')).filter((s) => s.startsWith('RETREAT')), []);
  });
});

describe('events: figures of speech and home policy', () => {
  it('codes no killing of a spirit or a process', () => {
    assert.deepEqual(summary(doc('The spirit of Lima cannot be killed, the Peruvian president said.')), []);
    assert.deepEqual(summary(doc('Chile said the Peruvian vote killed the peace process.')).filter((s) => s.startsWith('ASSAULT')), []);
  });

  it('codes no agreement for support to a home sector, but one for support to another state', () => {
    assert.deepEqual(summary(doc('Peru agreed to support its shipbuilding industry.')), []);
    assert.deepEqual(summary(doc('Peru agreed to support Chile.')).map((s) => s.split(' ')[0]), ['AGREE']);
  });
});

describe('events: acts looked forward to or liked', () => {
  it('reads an act one looks forward to as expected, one one would like as planned', () => {
    assert.ok(summary(doc('The Peruvian president said he looks forward to meeting the Chilean president.')).every((s) => !s.endsWith('occurred')));
    assert.ok(summary(doc('The Peruvian president said he would like to visit Chile.')).every((s) => !s.endsWith('occurred')));
  });
});
