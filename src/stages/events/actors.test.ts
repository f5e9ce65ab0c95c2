import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc with one more mention: a Chilean person named in the text. */
function withPerson(text: string, name: string) {
  const d = doc(text);
  const start = text.indexOf(name);
  const person: EntityMention = { id: 'p', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'PERSON', entity: 'e9', name, country: 'CHL', actor: 'CHLGOV' };
  const entities = [...(d.layers.entities ?? []), person].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

describe('events: actor groups', () => {
  it('reads a person named after a nationality and its head noun as that one member ("his Chilean counterpart Ana Soto")', () => {
    assert.deepEqual(summary(withPerson('Peru and his Chilean counterpart Ana Soto met in Geneva on Monday.', 'Ana Soto')), ['CONSULT PER->CHLGOV occurred']);
  });

  it('does not split such a member into two sides of a meeting', () => {
    assert.deepEqual(summary(withPerson('Chilean leader Ana Soto met Peru in Geneva.', 'Ana Soto')), ['CONSULT CHLGOV->PER occurred']);
  });
});
