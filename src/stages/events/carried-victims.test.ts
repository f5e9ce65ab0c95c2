import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: the people a vehicle attacked carries', () => {
  it('aims an attack on a vehicle at the people it carries, not at the place named after them', () => {
    assert.deepEqual(summary(doc('Peruvian troops ambushed a convoy carrying Chilean soldiers in Lima.')), ['ASSAULT PER->CHL occurred']);
  });

  it('reads over numbers and adjectives after "carrying"', () => {
    assert.deepEqual(summary(doc('Peruvian troops attacked a bus carrying 30 unarmed Chilean police officers.')), ['ASSAULT PER->CHL occurred']);
  });

  it('leaves a vehicle that carries no actor named to the other readings', () => {
    assert.deepEqual(summary(doc('Peruvian troops attacked a convoy carrying food to Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
  });
});
