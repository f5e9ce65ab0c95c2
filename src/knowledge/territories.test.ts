import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readKnowledgeBase } from './load-kb.js';
import { namedEntry } from './named-entry.js';

const kb = readKnowledgeBase({ userDir: null });

describe('knowledge: the places self-proclaimed states claim (`territory`)', () => {
  it('every claimed place is a place of the KB, under the name the claim gives', () => {
    const missing = [...kb.territories.keys()].filter((name) => namedEntry(kb, name, (e) => e.type === 'GPE') === undefined);
    assert.deepEqual(missing, []);
  });
  it('each claim is dated from its entity\'s declaration, and ends only where the entity was dissolved', () => {
    assert.deepEqual(kb.territories.get('abkhazia'), { actor: 'GEOREB', from: '1992-07-23' });
    assert.deepEqual(kb.territories.get('tskhinvali'), { actor: 'GEOREB', from: '1990-09-20' });
    assert.deepEqual(kb.territories.get('transnistria'), { actor: 'MDAREB', from: '1990-09-02' });
    assert.deepEqual(kb.territories.get('northern cyprus'), { actor: 'CYPREB', from: '1983-11-15' });
    assert.deepEqual(kb.territories.get('nagorno-karabakh'), { actor: 'AZEREB', from: '1991-09-02', to: '2023-12-31' });
    assert.deepEqual(kb.territories.get('donbas'), { actor: 'UKRREB', from: '2014-04-07' });
  });
});
