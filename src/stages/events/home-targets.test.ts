import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers, type Doc } from '../../core/doc.js';
import type { EntityMention, EntityType } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc with one more mention: a Peruvian body with its own actor code, named by `name`. */
function withBody(text: string, name: string, type: EntityType, actor: string) {
  const d = doc(text);
  const start = text.indexOf(name);
  const body: EntityMention = { id: 'b', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type, entity: 'e8', name, country: 'PER', actor };
  const entities = [...(d.layers.entities ?? []).filter((m) => m.end <= start || m.start >= start + name.length), body].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

/** The doc with the KB id the entities stage gives a country's name on its mentions of Peru. */
function withCountryIds(d: Doc): Doc {
  return withLayers(d, { entities: (d.layers.entities ?? []).map((m) => (m.text === 'Peru' ? { ...m, kb: 'country:PER' } : m)) });
}

describe('events: acts done at home when the text names no other target', () => {
  it('codes a government detaining people no actor names as acting on its own country', () => {
    assert.deepEqual(summary(withBody('Peruvian authorities detained a prominent blogger on Monday.', 'Peruvian authorities', 'ORG', 'PERGOV')), ['COERCE PERGOV->PERGOV occurred']);
  });

  it('leaves the military abroad without that target', () => {
    assert.deepEqual(summary(withBody('Peruvian marines detained several fishermen on Monday.', 'Peruvian marines', 'ORG', 'PERMIL')), ['COERCE PERMIL->- occurred']);
  });

  it('takes a place named after the object instead ("the roads leading into Chile")', () => {
    assert.deepEqual(summary(withBody('Peruvian police closed the roads leading into Chile.', 'Peruvian police', 'ORG', 'PERCOP')).filter((l) => l.startsWith('COERCE')).every((l) => !l.includes('->PERCOP')), true);
  });

  it('codes rebels striking a place of their own country as aimed at it', () => {
    assert.deepEqual(summary(withBody('Peruvian rebels burned three villages in Lima.', 'Peruvian rebels', 'NORP', 'PERREB')), ['ASSAULT PERREB->PER occurred']);
  });

  it('codes a domestic act with no other party named as aimed at the country the sentence names', () => {
    assert.deepEqual(summary(withCountryIds(withBody('Opposition leaders in Peru agreed on Sunday to call off the march.', 'Opposition leaders', 'ORG', 'PEROPP'))), ['AGREE PEROPP->PER occurred']);
  });

  it('leaves it without that target when the sentence before names another country', () => {
    const d = withCountryIds(withBody('Chile proposed a new route on Friday. Opposition leaders in Peru rejected the plan on Sunday.', 'Opposition leaders', 'ORG', 'PEROPP'));
    assert.deepEqual(summary(d).filter((l) => l.startsWith('REJECT')), ['REJECT PEROPP->- occurred']);
  });

  it('leaves a leader\'s act with no addressee without that target', () => {
    assert.deepEqual(summary(withCountryIds(withBody('President Alan Garcia agreed on Sunday to cap fuel prices in Peru.', 'President Alan Garcia', 'PERSON', 'PERGOV'))), ['AGREE PERGOV->- occurred']);
  });
});
