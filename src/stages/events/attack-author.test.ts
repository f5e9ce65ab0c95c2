import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: the author of an attack named by an aside', () => {
  it('takes "claimed by X" after the attack nominal as its source', () => {
    assert.deepEqual(summary(doc('The attack on the convoy, claimed by Peruvian rebels, killed seven Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
  });

  it('takes "blamed on X" set off before the verb as the source of the verb', () => {
    assert.deepEqual(summary(doc('The blast in Lima, blamed on Chilean agents, killed four Peruvian policemen.')), ['ASSAULT CHL->PER occurred']);
  });

  it('does not read an aside of an actor subject as an author', () => {
    assert.deepEqual(summary(doc('Chile, backed by Norway, attacked Peru.')).filter((l) => l.startsWith('ASSAULT')), ['ASSAULT CHL->PER occurred']);
  });

  it('takes whoever claimed responsibility for a bomb as the author of what it did', () => {
    assert.deepEqual(summary(doc('Peruvian rebels claimed responsibility for a bomb which killed 20 Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
  });

  it('takes no claimer from outside the claiming verb\'s subject ("Peru said nobody had claimed")', () => {
    assert.deepEqual(summary(doc('Peru said nobody had claimed responsibility for a bomb which killed 20 Chilean soldiers.')).filter((l) => l.startsWith('ASSAULT PER')), []);
  });
});
