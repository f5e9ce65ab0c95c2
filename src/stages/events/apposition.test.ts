import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc with one more mention: a Chilean body (ORG) named by `name`. */
function withBody(text: string, name: string, actor: string) {
  const d = doc(text);
  const start = text.indexOf(name);
  const body: EntityMention = { id: 'b', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'ORG', entity: 'e8', name, country: 'CHL', actor };
  const entities = [...(d.layers.entities ?? []).filter((m) => m.end <= start || m.start >= start + name.length), body].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

describe('events: a body\'s kind in apposition before its name', () => {
  it('keeps the named body the object ("ordered the opposition newspaper La Tercera")', () => {
    assert.deepEqual(summary(withBody('Peru ordered the opposition newspaper La Tercera to suspend publication.', 'La Tercera', 'CHLMED')), ['COERCE PER->CHLMED occurred']);
  });

  it('does not take a noun of another kind for the body\'s ("the offices La Tercera")', () => {
    assert.deepEqual(summary(withBody('Peru ordered the offices La Tercera to suspend publication.', 'La Tercera', 'CHLMED')), ['COERCE PER->- occurred']);
  });
});

/** The test doc with one more mention: a Chilean person named by `name`. */
function withPerson(text: string, name: string, actor: string) {
  const d = doc(text);
  const start = text.indexOf(name);
  const person: EntityMention = { id: 'p', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'PERSON', entity: 'e9', name, country: actor.slice(0, 3), actor };
  const entities = [...(d.layers.entities ?? []), person].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

describe('events: a person\'s title before the name', () => {
  it('reads the name after a title as the object of the preposition before it ("restrictions on opposition leader …")', () => {
    assert.deepEqual(summary(withPerson('Chile eased restrictions on opposition leader Ana Rojas on Monday.', 'Ana Rojas', 'CHLOPP')), ['CONCEDE CHL->CHLOPP occurred']);
  });

  it('reads the name after a title as the victim after a nominal of arrest\'s "of"', () => {
    assert.deepEqual(summary(withPerson('A Chilean judge ordered the arrest of former president Ana Rojas.', 'Ana Rojas', 'CHLELI')).filter((l) => l.startsWith('COERCE')), ['COERCE CHL->CHLELI occurred']);
  });
});

describe('events: the owner of a violent act\'s object after "of"', () => {
  it('reads over a people\'s name before the object noun ("the Moslem enclave of Lima")', () => {
    assert.deepEqual(summary(doc('Chile shelled the Moslem enclave of Lima on Tuesday.')), ['ASSAULT CHL->PER occurred']);
  });
});

describe('events: an owner\'s allies are no part of the owner', () => {
  it('aims an act on an owner\'s allies at the side named inside the phrase or at the place right after it', () => {
    assert.deepEqual(summary(doc('Peru attacked a commander of Norway\'s Chilean allies.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru shelled the positions of Norway\'s militia allies in Chile.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru attacked Chile\'s allies.')), ['ASSAULT PER->CHL occurred']);
  });
});
