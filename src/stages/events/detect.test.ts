import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc with the given names recoded as Peruvian actors of a sector ([name, actor code]). */
function withSectors(text: string, names: [string, string][]) {
  const d = doc(text);
  const extra: EntityMention[] = names.map(([name, actor], n) => {
    const start = text.indexOf(name);
    return { id: 'x', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'NORP', entity: `e${8 + n}`, name, country: 'PER', actor };
  });
  const clash = (m: EntityMention) => extra.some((x) => x.start < m.end && m.start < x.end);
  const entities = [...(d.layers.entities ?? []).filter((m) => !clash(m)), ...extra].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
  return withLayers(d, { entities });
}

describe('events: a relative clause that restates its antecedent\'s attack', () => {
  it('gives the attack the victims of another sector of the attacker\'s country', () => {
    const d = withSectors('The rebel Shining Path claimed responsibility for an attack that killed seven Peruvian soldiers.', [['Shining Path', 'PERREB'], ['Peruvian', 'PERMIL']]);
    assert.deepEqual(summary(d), ['ASSAULT PERREB->PERMIL occurred']);
  });
});

describe('events: a pattern noun another side owns after a light verb', () => {
  it('is that owner\'s act, aimed at whom its own phrase names, not the subject\'s act on the owner', () => {
    assert.deepEqual(summary(doc("Norway confirmed Peru's support for Chile.")), ['SUPPORT PER->CHL occurred']);
    assert.deepEqual(summary(doc("Norway confirmed Peru's firm support for Chile.")), ['SUPPORT PER->CHL occurred']);
    assert.deepEqual(summary(doc("Norway reaffirmed Peru's backing for Chile.")), ['SUPPORT PER->CHL occurred']);
    // With no one its phrase names, a converted pattern finds no second side: no event rather than one aimed at Peru.
    assert.deepEqual(summary(doc("Norway confirmed Peru's support.")), []);
  });
  it('leaves the subject\'s own nominal and a verb that answers another\'s act or praises it', () => {
    assert.deepEqual(summary(doc('Norway confirmed its support for Chile.')), ['SUPPORT NOR->CHL occurred']);
    assert.deepEqual(summary(doc("Norway accepted Peru's invitation to visit Chile.")), ['AGREE NOR->PER occurred']);
    assert.deepEqual(summary(doc("Norway praised Peru's support for Chile.")), ['SUPPORT NOR->PER occurred']);
  });
  it('leaves a verb that does the act, not reports it, its own act on the owner', () => {
    assert.ok(summary(doc("Norway launched Peru's largest drone attack of the war.")).includes('ASSAULT NOR->PER occurred'));
    assert.deepEqual(summary(doc("Norway opened Peru's border crossings for aid.")), ['RETREAT NOR->PER occurred']);
  });
});
