import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string, published: string): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: the places of a state before its independence', () => {
  it('count as the state they were in then, so the article names one country', () => {
    const text = 'Rebels overran an army post near Rumbek in Sudan on Tuesday.';
    assert.equal(mention(text, 'Rumbek', '1996-03-05')?.country, 'SDN');
    assert.equal(mention(text, 'Rebels', '1996-03-05')?.actor, 'SDNREB');
  });
  it('keep their own state after it', () => {
    assert.equal(mention('Troops clashed near Rumbek in South Sudan.', 'Rumbek', '2014-03-05')?.country, 'SSD');
  });
});
