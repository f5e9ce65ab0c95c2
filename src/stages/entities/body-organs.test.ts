import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function actor(text: string, span: string): string | undefined {
  return (pipeline.run(makeDoc({ text }), { published: '1999-05-12' }).layers.entities ?? []).find((m: EntityMention) => m.text === span)?.actor;
}

describe('entities: a named body\'s organ in lower case', () => {
  it('takes the body\'s code', () => {
    assert.equal(actor('The security committee of the State Duma asked the prosecutor general to open an inquiry.', 'security committee'), 'RUSLEG');
    assert.equal(actor('A committee of the European Parliament said on Tuesday that the vote had been flawed.', 'committee'), 'IGOEUREEC');
  });
  it('not of an unnamed or uncoded owner', () => {
    assert.equal(actor('The chairman of the committee of inquiry said the report would be published next month.', 'committee'), undefined);
  });
});
