import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published: '2005-01-01' }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: "the NAME district of TOWN"', () => {
  it("gives the district the town's country, over a town of that name elsewhere", () => {
    assert.equal(mention('Kenyan police raided the Eastleigh district of Nairobi overnight.', 'Eastleigh')?.country, 'KEN');
    assert.equal(mention('A car bomb exploded in the Karrada district of Baghdad on Sunday.', 'Karrada')?.country, 'IRQ');
  });
  it('makes an unknown name a place, not an organisation', () => {
    const m = mention('Israeli tanks entered the Shejaiya neighbourhood of Gaza City.', 'Shejaiya');
    assert.equal(m?.type, 'GPE');
    assert.equal(m?.country, 'PSE');
  });
  it('not for a capitalised part noun, which is part of a name', () => {
    assert.equal(mention('The Lake District of England drew tourists.', 'Lake')?.rule === 'entities/en/district-of', false);
  });
});
