import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

/** "span=ACTOR" for every mention of `text` coded by the town-people rule. */
function townPeople(text: string): string[] {
  const all: readonly EntityMention[] = pipeline.run(makeDoc({ text }), { published: '2001-05-10' }).layers.entities ?? [];
  return all.filter((m) => m.rule === 'entities/en/town-people').map((m) => `${m.text}=${m.actor}`);
}

describe('entities: the people of a town are its country\'s population (CVL)', () => {
  it('codes people, residents and inhabitants of a town the KB knows', () => {
    assert.deepEqual(townPeople('He thanked the people of Odessa for their invitation.'), ['the people=UKRCVL']);
    assert.deepEqual(townPeople('Residents of Aleppo fled the fighting.'), ['Residents=SYRCVL']);
    assert.deepEqual(townPeople('Russian troops shelled the inhabitants of eastern Kharkiv.'), ['the inhabitants=UKRCVL']);
  });
  it('not the people of a country, nor a people named by a nationality word', () => {
    assert.deepEqual(townPeople('The people of Ukraine will decide their own future.'), []);
    assert.deepEqual(townPeople('Ethnic Russian residents of Odessa marched on Sunday.'), []);
  });
});
