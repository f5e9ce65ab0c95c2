import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: sides a passive or a "by" phrase gives', () => {
  it('aims an extradition at the state the suspect is handed to', () => {
    assert.deepEqual(summary(doc('A suspected smuggler was extradited to Chile by Peru on Tuesday.')), ['COOPERATE PER->CHL occurred']);
  });

  it('takes the state those deported are sent out of as the source of a passive with no agent', () => {
    assert.deepEqual(summary(doc('Three Chilean journalists were deported from Peru on Monday.')), ['COERCE PER->CHL occurred']);
  });

  it('takes no source from a "from" that names no state', () => {
    assert.deepEqual(summary(doc('Three Chilean journalists were deported from the Peruvian camp on Monday.')), ['COERCE -->CHL occurred']);
  });

  it('aims a passive at the maker of a subject phrase that names no actor', () => {
    assert.deepEqual(summary(doc('The peace plan put forward by Norway was rejected on Monday by Peru.')), ['REJECT PER->NOR occurred']);
  });

  it('takes the leader named after "led by" as the side of the body led', () => {
    assert.deepEqual(summary(doc('A delegation led by the Peruvian foreign minister held talks with Chile in Lima.')).slice(0, 1), ['CONSULT PER->CHL occurred']);
  });

  it('aims a participle set off by a comma at the actors of the noun phrase it hangs on', () => {
    assert.deepEqual(summary(doc('The ministers said that the Peruvian-Chilean plan, supported by Norway, has ended the fighting.')).filter((e) => e.startsWith('SUPPORT')), ['SUPPORT NOR->PER occurred']);
  });

  it('finds the partner of a nominal of intent in its infinitive', () => {
    assert.deepEqual(summary(doc("Peru confirmed Peru's readiness to carry on joint efforts with Chile.")).filter((e) => e.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('takes the "by" after a charge named with "with" as the passive\'s agent', () => {
    assert.deepEqual(summary(doc('Chile was charged with arming rebels and smugglers by Peru on Monday.')), ['ACCUSE PER->CHL occurred']);
  });

  it('aims at the agent of a participle after a compound object', () => {
    assert.deepEqual(summary(doc('Norway welcomed the peace accord signed by Peru in Geneva.')), ['SUPPORT NOR->PER occurred']);
  });

  it('takes the "by" after a passive\'s bare retained object as the passive\'s agent', () => {
    assert.deepEqual(summary(doc('Chilean refugees were given food and shelter by Peru.')), ['AID PER->CHL occurred']);
  });

  it('does not take a "by" after a preposition\'s noun as the passive\'s agent', () => {
    assert.deepEqual(summary(doc('Chilean refugees were given shelter after the attack by Peru.')).filter((e) => e.startsWith('AID')), []);
  });

  it('aims a nominal at the object of its participle\'s preposition after the "by" agent', () => {
    assert.deepEqual(summary(doc('An arms embargo imposed by Norway on Chile was extended on Monday.')), ['SANCTION NOR->CHL occurred']);
  });

  it('takes no side from the subject of a passive verb of talk: it is the topic', () => {
    assert.deepEqual(summary(doc('The dispute between Peru and Chile was discussed by Norway at the meeting.')).filter((e) => e.includes('->CHL') || e.includes('->PER')), []);
  });

  it('takes the "by" agent of a subject phrase that names no actor as the source of an active verb', () => {
    assert.deepEqual(summary(doc('A resolution drafted by Norway condemns Chile.')), ['ACCUSE NOR->CHL occurred']);
  });

  it('leaves a "by" after a later noun of the subject phrase to that noun\'s act', () => {
    assert.deepEqual(summary(doc('Protesters enraged over the shooting of a teenager by Chile poured into the streets of Geneva.')).filter((l) => l.startsWith('PROTEST CHL')), []);
  });

  it('takes the "by" right after the pattern\'s own noun as the passive\'s agent', () => {
    assert.deepEqual(summary(doc('Chile was expelled from the alliance by Peru on Friday.')), ['SANCTION PER->CHL occurred']);
  });

  it('takes the "by" after a charge with phrases of its own as the passive\'s agent', () => {
    assert.deepEqual(summary(doc('Chile was accused of misusing up to $50 million in aid funds by Peru on Monday.')), ['ACCUSE PER->CHL occurred']);
  });
});
