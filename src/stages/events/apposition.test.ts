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

describe('events: the owner of a violent act\'s object after "of"', () => {
  it('reads over a people\'s name before the object noun ("the Moslem enclave of Lima")', () => {
    assert.deepEqual(summary(doc('Chile shelled the Moslem enclave of Lima on Tuesday.')), ['ASSAULT CHL->PER occurred']);
  });
});
