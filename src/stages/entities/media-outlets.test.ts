import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mention(text: string, span: string, published = '1996-01-01'): EntityMention | undefined {
  return (pipeline.run(makeDoc({ text }), { published }).layers.entities ?? []).find((m) => m.text === span);
}

describe('entities: a news outlet the KB lacks, after a noun for one', () => {
  it('is its country\'s media (sector MED), the country named before the noun', () => {
    assert.equal(mention("Jordan's independent weekly Shihan criticised the peace treaty.", 'Shihan')?.actor, 'JORMED');
    assert.equal(mention('The Kenyan daily Nation said the minister had resigned.', 'Nation')?.actor, 'KENMED');
  });
  it('else the article\'s sole country', () => {
    assert.equal(mention('The newspaper El Tiempo said Colombian troops had killed nine rebels.', 'El Tiempo')?.actor, 'COLMED');
  });
  it('keeps an article that opens the name ("La", "Al-") and is an organisation, not a person', () => {
    const m = mention('The opposition newspaper La Republica accused Peru\'s president of lying.', 'La Republica');
    assert.equal(m?.type, 'ORG');
    assert.equal(m?.actor, 'PERMED');
  });
});
