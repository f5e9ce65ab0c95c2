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
  return (pipeline.run(makeDoc({ text }), { published: '2015-06-01' }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: the opening words of a state\'s official name', () => {
  it('name the state the document names', () => {
    const m = mention('The Chancellor of Germany arrived in Moscow. Russia wants closer ties with the Federal Republic.', 'Federal Republic');
    assert.equal(m?.country, 'DEU');
    assert.equal(m?.kb, 'country:DEU');
    assert.equal(mention('Iran rejected the demand. The Islamic Republic has long denied seeking a bomb.', 'Islamic Republic')?.country, 'IRN');
  });
  it('name no state when the document names none whose official name they open, or when they are one word', () => {
    assert.equal(mention('Talks with the Federal Republic resumed in Paris on Monday, France said.', 'Federal Republic')?.country, undefined);
    assert.equal(mention('Germany wants closer ties with the Republic.', 'Republic')?.country, undefined);
  });
});
