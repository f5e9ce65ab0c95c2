import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: whom the act of a that-clause or an object phrase addresses', () => {
  it('reads an owner pronoun after "told X that" as the hearer', () => {
    assert.deepEqual(summary(doc('The Peruvian foreign minister told his Chilean counterpart on Monday that Lima backed his proposal.')), ['SUPPORT PER->CHL occurred']);
  });

  it('gives a bare verb joined to a next verb that verb\'s object ("condemned and rejected the Chilean proposal")', () => {
    assert.deepEqual(summary(doc('Peru condemned and rejected the Chilean proposal.')), ['ACCUSE PER->CHL occurred', 'REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru shelled and bombed Chilean positions.')), ['ASSAULT PER->CHL occurred', 'ASSAULT PER->CHL occurred']);
  });

  it('shares no object with a first verb that takes none ("resigned and criticised", "arrived and arrested")', () => {
    assert.deepEqual(summary(doc('The Peruvian minister resigned and criticised the Chilean government.')), ['RETREAT PER->- occurred', 'ACCUSE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Chilean troops arrived and arrested two Peruvian smugglers.')), ['COERCE CHL->PER occurred']);
  });

  it('reads past an attributive "-ing" word to the object ("the outgoing Chilean government")', () => {
    assert.deepEqual(summary(doc('Peru asked the outgoing Chilean government for more aid.')), ['REQUEST PER->CHL occurred']);
  });

  it('reads the names a dash sets after an object that names no actor as the object ("met with the envoys … – Chile and Norway")', () => {
    assert.deepEqual(summary(doc('Peru met with the envoys of two neighbouring states – Chile and Norway.')), ['CONSULT PER->CHL occurred']);
  });

  it('does not take a dash phrase that opens with no name', () => {
    assert.deepEqual(summary(doc('Peru met with the envoys of two neighbouring states – all of them from Chile.')), []);
  });

  it('takes the body whose members an appeal is addressed to after "to" as its target', () => {
    assert.deepEqual(summary(doc('Peru appealed to the members of the Chilean Senate for help.')), ['REQUEST PER->CHL occurred']);
  });
});
