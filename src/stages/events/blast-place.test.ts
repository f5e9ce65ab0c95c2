import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: an unclaimed blast is the violence of the country where it went off', () => {
  it('takes the place of a bombing subject as the source', () => {
    assert.deepEqual(summary(doc('A roadside bombing near the town of Lima killed two Chilean soldiers.')), ['ASSAULT PER->CHL occurred']);
  });

  it('takes the place of a passive\'s blast cause as the source', () => {
    assert.deepEqual(summary(doc('Two Chilean soldiers were killed by an improvised explosive device outside of the city of Lima.')), ['ASSAULT PER->CHL occurred']);
  });

  it('leaves a blast that is only a means of a named subject, or a modifier, alone', () => {
    assert.deepEqual(summary(doc('Youths attacked a police station with petrol bombs in central Lima.')), []);
    assert.deepEqual(summary(doc('A bomb technician was killed in Lima.')), []);
  });

  it('takes victims named by no actor as the people of the place of the blast', () => {
    assert.deepEqual(summary(doc('A prominent journalist has been killed in a car bomb explosion in a residential sector of eastern Lima.')), ['ASSAULT PER->PER occurred']);
  });
});

