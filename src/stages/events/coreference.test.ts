import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { withLayers } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { findEvents } from './index.js';

describe('events: an opening pronoun subject names the previous sentence\'s subject', () => {
  it('reads "They" after a compound subject as that compound', () => {
    assert.deepEqual(summary(doc('Peru and Chile held talks in Geneva. They agreed to exchange prisoners.')).filter((e) => e.startsWith('AGREE')), ['AGREE PER->CHL occurred']);
  });

  it('reads "It" as a state subject of the sentence before, not as its object', () => {
    assert.deepEqual(summary(doc('Peru asked Chile to release the prisoners. It also accused Norway of arming the rebels.')).filter((e) => e.startsWith('ACCUSE')), ['ACCUSE PER->NOR occurred']);
  });

  it('reads an opening "Its" or "Their" noun phrase as owned by the previous subject', () => {
    assert.deepEqual(summary(doc('The Peruvian army launched an offensive on Tuesday. Its jets bombed Chilean positions.')).filter((e) => e.startsWith('ASSAULT')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru and Norway sent envoys. Their troops attacked Chile.')), ['ASSAULT PER->CHL occurred']);
  });

  it('passes the antecedent of an opening "They" on to the next sentence that opens with "They"', () => {
    assert.deepEqual(summary(doc('Peru and Chile held talks in Geneva. They agreed to open the border. They also accused Norway of arming the rebels.')).filter((e) => e.startsWith('ACCUSE')), ['ACCUSE PER->NOR occurred']);
  });

  it('leaves "it" before a form of "be", and a plural "they" after a single state, unresolved', () => {
    assert.deepEqual(summary(doc('Peru held elections. It was agreed to attack Chile.')).filter((e) => e.startsWith('ASSAULT')), []);
    assert.deepEqual(summary(doc('Peru held elections. They attacked Chile.')).filter((e) => e.startsWith('ASSAULT')), ['ASSAULT -->CHL occurred']);
  });

  for (const opening of ['The two leaders', 'They']) it(`reads "${opening}" as the person subject before and the person it met with`, () => {
    const text = `Juan Perez had a telephone conversation with Pedro Soto. ${opening} agreed to meet in Lima.`;
    const person = (name: string, entity: string, actor: string): EntityMention => {
      const start = text.indexOf(name);
      return { id: 'm', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'PERSON', entity, name, country: actor.slice(0, 3), actor };
    };
    const base = doc(text);
    const entities = [person('Juan Perez', 'e8', 'PERGOV'), person('Pedro Soto', 'e9', 'CHLGOV'), ...(base.layers.entities ?? [])].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
    const agreed = findEvents(withLayers(base, { entities })).filter((e) => e.plover === 'AGREE');
    assert.deepEqual(agreed.map((e) => `${e.source?.text} ${e.source?.actor}->${e.target?.actor}`), [`${opening} PERGOV->CHLGOV`]);
  });

  it('makes no meeting between the members of a compound that met someone no actor names', () => {
    assert.deepEqual(summary(doc('Peru and Chile talked with the management of the plant.')), []);
  });

  describe('an object "him" the entities stage resolved to its own clause\'s subject', () => {
    /** The doc's country names plus hand-made people ("him" resolved to Juan Perez, as a subject-blind resolver would). */
    const withPeople = (text: string, people: [string, string, string][]): ReturnType<typeof doc> => {
      const base = doc(text);
      const made = people.map(([name, entity, actor]): EntityMention => {
        const start = text.indexOf(name);
        return { id: 'm', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type: 'PERSON', entity, name, country: actor.slice(0, 3), actor };
      });
      const entities = [...made, ...(base.layers.entities ?? [])].sort((a, b) => a.start - b.start).map((m, i) => ({ ...m, id: `m${i + 1}` }));
      return withLayers(base, { entities });
    };
    const agreed = (d: ReturnType<typeof doc>): string[] => findEvents(d).filter((e) => e.plover === 'AGREE').map((e) => `${e.source?.actor}->${e.target?.actor ?? '-'}`);

    it('reads it as the one foreign person of the sentence before', () => {
      const text = 'Pedro Soto arrived in Lima on Tuesday. Juan Perez promised him new arms deliveries.';
      assert.deepEqual(agreed(withPeople(text, [['Pedro Soto', 'e9', 'CHLGOV'], ['Juan Perez', 'e8', 'PERGOV'], ['him', 'e8', 'PERGOV']])), ['PERGOV->CHLGOV']);
    });

    it('leaves it out when the sentence before names two foreign people', () => {
      const text = 'Pedro Soto and Evo Ramos arrived in Lima. Juan Perez promised him new arms deliveries.';
      assert.deepEqual(agreed(withPeople(text, [['Pedro Soto', 'e9', 'CHLGOV'], ['Evo Ramos', 'e7', 'BOLGOV'], ['Juan Perez', 'e8', 'PERGOV'], ['him', 'e8', 'PERGOV']])), ['PERGOV->-']);
    });
  });
});
