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
  it('the successor state\'s own name counts as the state it was part of, so its rebels are that state\'s', () => {
    assert.equal(mention('Rebels in South Sudan shot down a government helicopter near Juba.', 'Rebels', '2000-01-01')?.actor, 'SDNREB');
    assert.equal(mention('Rebels in South Sudan shot down a government helicopter near Juba.', 'Rebels', '2014-01-01')?.actor, 'SSDREB');
    // Its name and its town count as one country, so a body with no owner takes it.
    assert.equal(mention('Government troops recaptured Torit in South Sudan on Monday.', 'Government troops', '2000-01-01')?.actor, 'SDNMIL');
  });
  it('keep their own state after it', () => {
    assert.equal(mention('Troops clashed near Rumbek in South Sudan.', 'Rumbek', '2014-03-05')?.country, 'SSD');
  });
});
