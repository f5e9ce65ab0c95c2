import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createEntitiesStage } from './index.js';

const pipeline = createPipeline([tokensStage, tagsStage, createEntitiesStage()]);

function mentions(text: string): EntityMention[] {
  return pipeline.run(makeDoc({ text }), { published: '2000-01-01' }).layers.entities ?? [];
}

describe('entities: acronyms the article defines', () => {
  it('a later acronym is the long name it was defined for, with its country', () => {
    const all = mentions('The Movement for Democratic Change (MDC) won in Harare and Bulawayo. The MDC accused the police of fraud in Zimbabwe.');
    const long = all.find((m) => m.text === 'Movement for Democratic Change');
    const later = all.filter((m) => m.text === 'MDC');
    assert.equal(later.length, 2);
    for (const m of later) assert.equal(m.entity, long?.entity);
  });
  it('pieces of a long name joined by a hyphen become one body with the country it names', () => {
    const all = mentions('The Zimbabwe African National Union-Patriotic Front (ZANU-PF) won. ZANU-PF accused Britain.');
    const long = all.find((m) => m.rule === 'entities/en/acronym-definition');
    assert.equal(long?.text, 'Zimbabwe African National Union-Patriotic Front');
    assert.equal(long?.country, 'ZWE');
    assert.equal(all.filter((m) => m.text === 'ZANU-PF' && m.country === 'ZWE').length, 2);
  });
  it('not after a place or a person, nor when the letters do not fit the name', () => {
    assert.equal(mentions('Officials in Moscow (AFP) said AFP would report.').filter((m) => m.rule === 'entities/en/acronym').length, 0);
    assert.equal(mentions('The Global Water Forum (XYZ) met. XYZ said so.').filter((m) => m.rule === 'entities/en/acronym').length, 0);
  });
});
