import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { claimsIn } from '../../../test/support/claims.js';

/** A person mention of `text` at its first occurrence in `doc` after `from`. */
function person(doc: string, text: string, entity: string, from = 0): EntityMention {
  const start = doc.indexOf(text, from);
  return { id: `m-${start}`, start, end: start + text.length, text, confidence: 1, rule: 'test', type: 'PERSON', entity, name: text };
}

/** The "source (entity)" of each claim whose source is "I". */
function firstPerson(doc: string, entities: EntityMention[]): string[] {
  return claimsIn(doc, entities)
    .filter((c) => c.source?.text === 'I')
    .map((c) => `${c.cue.text}:${c.source?.entity ?? '-'}`);
}

// Texts written for these tests.
describe('claims/first-person', () => {
  it('gives "I" the speaker label in force in a transcript, until the next label', () => {
    const doc = 'Talks with the mayor.\nAnna Berg: I think that the bridge will open soon.\n\nAnd I hope that the bridge opens early.\nQuestion: I believe that it is late.';
    const entities = [person(doc, 'Anna Berg', 'e1')];
    assert.deepEqual(firstPerson(doc, entities), ['think:e1', 'hope:e1', 'believe:-']);
  });

  it('gives "I" inside a quotation the source of the claim that quotes it', () => {
    const doc = 'Mayor Tom Hale said: “I think that the bridge will open soon.”';
    const entities = [person(doc, 'Tom Hale', 'e2')];
    assert.deepEqual(firstPerson(doc, entities), ['think:e2']);
  });

  it('leaves "I" without entity when no one is named', () => {
    assert.deepEqual(firstPerson('I think that the bridge will open soon.', []), ['think:-']);
  });
});
