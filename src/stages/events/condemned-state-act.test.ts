import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a condemned state act named with its place and no doer', () => {
  it('aims the criticism at the state where the execution, arrest or crackdown happened', () => {
    const hanging = summary(doc('Norway condemned the hanging of two opposition activists in Chile.'));
    assert.ok(hanging.some((l) => l.startsWith('ACCUSE NOR->CHL')), hanging.join('; '));
    const crackdown = summary(doc('Norway on Thursday criticised the violent crackdown on peaceful protesters in Chile.'));
    assert.ok(crackdown.some((l) => l.startsWith('ACCUSE NOR->CHL')), crackdown.join('; '));
    const own = summary(doc('Norway denounced the detention of a Norwegian aid worker in Chile.'));
    assert.ok(own.some((l) => l.startsWith('ACCUSE NOR->CHL')), own.join('; '));
  });

  it('leaves a named doer, another kind of act, and the speaker\'s own country alone', () => {
    const doer = summary(doc('Norway condemned the arrest of protesters by Peruvian police in Chile.'));
    assert.ok(!doer.some((l) => l.startsWith('ACCUSE NOR->CHL')), doer.join('; '));
    const after = summary(doc('Norway condemned the execution of a soldier in Chile by Peruvian rebels.'));
    assert.ok(!after.some((l) => l.startsWith('ACCUSE NOR->CHL')), after.join('; '));
    const storm = summary(doc('Norway condemned the destruction of homes in Chile.'));
    assert.ok(!storm.some((l) => l.startsWith('ACCUSE NOR->CHL')), storm.join('; '));
    const home = summary(doc('Norway condemned the arrest of two activists in Norway.'));
    assert.ok(!home.some((l) => l.startsWith('ACCUSE NOR->NOR')), home.join('; '));
  });
});
