import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KbEntry } from '../src/knowledge/kb-entry.js';
import { withLeaders } from '../scripts/kb-leaders.js';
import { createAnalyzer } from '../src/app/analyze.js';

describe('KB: leaders of 1980-2005 the Phoenix dictionaries lack', () => {
  const converted: KbEntry[] = [{ id: 'person:felipe-gonzalez-marquez', type: 'PERSON', name: 'Felipe Gonzalez Marquez', aliases: ['Marquez'], country: 'ESP' }];
  const rows = [['person:felipe-gonzalez-marquez', 'Felipe Gonzalez'], ['Jonas Savimbi', 'Savimbi', 'AGO', 'AGOREB', 'AGOREB@1966-03-13..2002-02-22']];
  const [merged, added] = withLeaders(converted, rows);
  it('an id row adds the names reports use to the dictionary person', () => {
    assert.deepEqual(merged!.aliases, ['Marquez', 'Felipe Gonzalez']);
  });
  it('a full row is a person with dated roles and an undated actor', () => {
    assert.equal(added!.id, 'person:jonas-savimbi');
    assert.deepEqual(added!.roles, [{ actor: 'AGOREB', from: '1966-03-13', to: '2002-02-22' }]);
    assert.equal(added!.actor, 'AGOREB');
  });
  it('the shipped KB gives a leader of the period his role on the date', () => {
    const record = createAnalyzer().analyze({ text: 'Slobodan Milosevic met Alija Izetbegovic in Dayton.', published: '1995-11-10' });
    assert.deepEqual(record.entities.filter((m) => m.type === 'PERSON').map((m) => m.actor), ['SRBGOV', 'BIHGOV']);
  });
});
