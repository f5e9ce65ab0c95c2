import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a complaint to a third party with a "that" clause', () => {
  it('aims the complaint at the subject of the "that" clause, not at the body that hears it', () => {
    const un = summary(doc('Peru complained to the United Nations on Monday that Chilean troops had entered its territory.'));
    assert.ok(un.some((l) => l.startsWith('ACCUSE PER->CHL')), un.join('; '));
    const lodged = summary(doc('Peru formally complained to the Organization of American States on Tuesday that Chilean warships had blocked a fishing boat.'));
    assert.ok(lodged.some((l) => l.startsWith('ACCUSE PER->CHL')), lodged.join('; '));
  });

  it('keeps a complaint addressed to a state aimed at it, and one about the speaker\'s own side', () => {
    const state = summary(doc('Peru protested to Norway on Friday that Chilean officials had been allowed to visit Oslo.'));
    assert.ok(state.some((l) => l.startsWith('ACCUSE PER->NOR')) && !state.some((l) => l.startsWith('ACCUSE PER->CHL')), state.join('; '));
    const own = summary(doc('Peru complained to the United Nations that Peruvian fishermen had been detained.'));
    assert.ok(!own.some((l) => l.startsWith('ACCUSE PER->PER')), own.join('; '));
  });
});
