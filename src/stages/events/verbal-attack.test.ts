import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers } from '../../core/doc.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The doc of a text whose `name` is a Peruvian newspaper (actor PERMED), besides the country names the test support knows. */
function withNewspaper(text: string, name: string) {
  const d = doc(text);
  const start = text.indexOf(name);
  const paper = { id: 'm0', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'ORG' as const, entity: 'e9', name, country: 'PER', actor: 'PERMED' };
  const entities = [paper, ...(d.layers.entities ?? []).filter((m) => m.end <= start || m.start >= paper.end)].sort((a, b) => a.start - b.start);
  return withLayers(d, { entities });
}

describe('events: attacks by the media', () => {
  it('codes a newspaper attacking someone as condemnation', () => {
    const text = 'The government newspaper El Peruano attacked Chile on Sunday.';
    assert.deepEqual(summary(withNewspaper(text, 'El Peruano')), ['ACCUSE PERMED->CHL occurred']);
  });

  it('leaves an attack on a newspaper an attack', () => {
    const text = 'Chilean gunmen attacked reporters of El Peruano in Lima.';
    assert.deepEqual(summary(withNewspaper(text, 'El Peruano')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });
});
