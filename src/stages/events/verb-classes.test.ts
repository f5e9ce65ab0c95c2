import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: retaliation against someone, and land handed back', () => {
  it('codes retaliation done as force used and announced retaliation as a threat', () => {
    assert.deepEqual(summary(doc('Peru retaliated against Chilean positions on Sunday.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru said it would retaliate against Chile if the shelling continued.')), ['THREATEN PER->CHL threatened']);
  });

  it('codes territory handed back or handed over as a retreat', () => {
    assert.deepEqual(summary(doc('Peru handed back four villages to Chile on Friday.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru handed over the town to Chile.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru gave back the occupied land to Chile.')), ['RETREAT PER->CHL occurred']);
  });
});

describe('events: marches on a mission, measures warned of', () => {
  it('codes a march to a foreign embassy as a protest against its state', () => {
    assert.deepEqual(summary(doc('Thousands of Peruvians marched to the Chilean embassy in Lima.')), ['PROTEST PER->CHL occurred']);
  });

  it('codes a warning of measures against someone as a threat', () => {
    assert.deepEqual(summary(doc('Peru warned Chile of tough measures against its fishing fleet.')), ['THREATEN PER->CHL occurred']);
  });
});

describe('events: forces arriving for joint exercises', () => {
  it('codes the arrival as joint military cooperation with the host, not a visit', () => {
    assert.deepEqual(summary(doc('Peruvian warships arrived in Chile for joint exercises.')), ['COOPERATE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian warships arrived in Chile on Friday.')), ['CONSULT PER->CHL occurred']);
  });
});

describe('events: strikes of workers', () => {
  it('reads a general or nationwide strike as a labour protest, not an attack', () => {
    assert.ok(!summary(doc('A nationwide strike paralysed Chile on Monday.')).some((s) => s.startsWith('ASSAULT')));
    assert.deepEqual(summary(doc('Peruvian air strikes hit Chile on Monday.')), ['ASSAULT PER->CHL occurred']);
  });
});

describe('events: coming under fire, and acts shrunk from', () => {
  it('needs "under" right after "came" for an attack on the subject', () => {
    assert.deepEqual(summary(doc('The Peruvian convoy came under fire from Chilean forces.')), ['ASSAULT CHL->PER occurred']);
    assert.ok(!summary(doc('Peruvian forces came to the rescue of a Chilean vessel under attack by pirates.')).some((s) => s.startsWith('ASSAULT')));
  });

  it('reads an act one is unwilling to do as not done', () => {
    assert.deepEqual(summary(doc('Peru was unwilling to fight Chile.')), ['ASSAULT PER->CHL denied']);
  });
});
