import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { claimsIn } from '../../../test/support/claims.js';
import { entityOf, nameEnd } from './entity-link.js';

/** An entity mention of `text` at its first occurrence in `doc`. */
function mention(doc: string, text: string, entity: string, type: EntityMention['type'] = 'PERSON', from = 0): EntityMention {
  const start = doc.indexOf(text, from);
  return { id: `m-${start}`, start, end: start + text.length, text, confidence: 1, rule: 'test', type, entity, name: text };
}

// Sentences written for these tests.
describe('claims/entity-link', () => {
  it('prefers the mention covering the head over others in the source', () => {
    const doc = 'Norwegian Foreign Minister Kari Berg said';
    const entities = [mention(doc, 'Norwegian', 'e1', 'NORP'), mention(doc, 'Kari Berg', 'e2')];
    const end = doc.indexOf(' said');
    assert.equal(entityOf(entities, { start: 0, end }, { start: doc.indexOf('Berg'), end }), 'e2');
  });

  it('falls back to the last mention inside the span, and to nothing', () => {
    const doc = 'NATO representatives said';
    assert.equal(entityOf([mention(doc, 'NATO', 'e4', 'ORG')], { start: 0, end: 20 }, { start: 5, end: 20 }), 'e4');
    assert.equal(entityOf([], { start: 0, end: 20 }, { start: 5, end: 20 }), undefined);
  });

  it('gives a pronoun source the entity the entities layer resolved it to', () => {
    const doc = 'Ana Lima arrived late. She said that the vote was rigged.';
    const entities = [mention(doc, 'Ana Lima', 'e1'), mention(doc, 'She', 'e1')];
    const [claim] = claimsIn(doc, entities);
    assert.equal(claim!.source?.text, 'She');
    assert.equal(claim!.source?.entity, 'e1');
  });

  it('stretches a source over the name it cuts or that follows it before the cue', () => {
    const doc = 'The car maker Volta said, and Jan Van Dorp Sr. added, that sales rose.';
    const entities = [mention(doc, 'Volta', 'e1', 'ORG'), mention(doc, 'Jan Van Dorp Sr.', 'e2')];
    const [maker, jan] = [doc.indexOf('The car maker'), doc.indexOf('Jan Van')];
    assert.equal(nameEnd(doc, entities, { start: maker, end: maker + 13 }, doc.indexOf(' said')), doc.indexOf(' said'));
    assert.equal(nameEnd(doc, entities, { start: jan, end: jan + 11 }, doc.length), doc.indexOf(' added'));
    assert.equal(nameEnd(doc, entities, { start: maker, end: maker + 13 }, maker + 14), maker + 13);
  });

  it('leaves the entity out when no mention lies in the source', () => {
    const [claim] = claimsIn('Local officials said the road was closed.');
    assert.equal(claim!.source?.text, 'Local officials');
    assert.equal('entity' in claim!.source!, false);
  });
});
