import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function entities(text: string, published: string): EntityMention[] {
  return [...(pipeline.run(makeDoc({ text }), { published }).layers.entities ?? [])];
}

function codes(list: readonly EntityMention[]): string[][] {
  return list.map((m) => [m.text, m.actor ?? m.country ?? '']);
}

describe('entities: peoples inside states, and states of the publication day', () => {
  it('a state nationality before a kin people names that people in the state; "Turkish Cypriots" stays two', () => {
    const list = entities('Bosnian Serbs shelled Gorazde. Bosnian Serb forces attacked. Turkish Cypriots protested.', '1994-04-10');
    assert.deepEqual(codes(list).filter(([t]) => t !== 'Gorazde'), [['Bosnian Serbs', 'BIH'], ['Bosnian Serb', 'BIHMIL'], ['Turkish', 'TUR'], ['Cypriots', 'CYP']]);
  });
  it('"ethnic" before a nationality names a people, of the state it is put in', () => {
    const codeOf = (text: string, span: string): string | undefined => entities(text, '2001-05-10').find((m) => m.text === span)?.actor;
    assert.equal(codeOf('Ethnic Albanian rebels operating in southern Serbia attacked a police post.', 'Albanian'), 'SRBREB');
    assert.equal(codeOf('Ethnic Hungarian leaders in Romania demanded new schools.', 'Hungarian'), 'ROU');
    // Not placed, or no "ethnic": the kin state's word keeps its code.
    assert.equal(codeOf('Ethnic Albanian rebels attacked a police post.', 'Albanian'), 'ALBREB');
    assert.equal(codeOf('Albanian rebels operating in southern Serbia attacked a police post.', 'Albanian'), 'ALBREB');
  });
  it('places of South Sudan are Sudan\'s before 9 July 2011, its own after', () => {
    assert.equal(entities('Rebels shelled Juba on Sunday.', '1994-04-10').find((m) => m.text === 'Juba')?.country, 'SDN');
    assert.equal(entities('Rebels shelled Juba on Sunday.', '2014-04-10').find((m) => m.text === 'Juba')?.country, 'SSD');
  });
  it('a possessive right after "PERSON for" is that person\'s; Northern Ireland is of the United Kingdom', () => {
    const list = entities('Putin thanked Mr Aliyev for his consistent policy in Northern Ireland.', '2010-04-10');
    assert.equal(list.find((m) => m.text === 'his')?.country, 'AZE');
    assert.equal(list.find((m) => m.text === 'Northern Ireland')?.country, 'GBR');
  });
});
