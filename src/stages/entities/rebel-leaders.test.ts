import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function actor(text: string, span: string, published: string): string | undefined {
  return (pipeline.run(makeDoc({ text }), { published }).layers.entities ?? []).find((m: EntityMention) => m.text === span)?.actor;
}

describe('entities: a known person after "rebel leader"', () => {
  it('leads rebels on the day, whatever office the KB dates him to', () => {
    assert.equal(actor('Rebel leader Laurent Kabila said his forces would take Lubumbashi within days.', 'Laurent Kabila', '1997-04-02'), 'CODREB');
  });
  it('after a separatist or guerrilla title too', () => {
    assert.equal(actor('Guerrilla commander Laurent Kabila said his forces would take Lubumbashi within days.', 'Laurent Kabila', '1997-04-02'), 'CODREB');
  });
  it('not after "former"', () => {
    assert.equal(actor('Former rebel leader Laurent Kabila said his forces would take Lubumbashi.', 'Laurent Kabila', '1997-04-02'), 'CODELI');
  });
});
