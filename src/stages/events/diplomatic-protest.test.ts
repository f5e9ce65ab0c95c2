import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../core/mention.js';
import { diplomaticProtest } from './diplomatic-protest.js';
import type { DraftEvent } from './merge.js';

/** A protest draft from the source's actor to a Chilean target, and the mentions that name both sides. */
function protest(sourceActor: string, sourceType: EntityMention['type']): [DraftEvent, EntityMention[]] {
  const mentions: EntityMention[] = [
    { id: 'm1', start: 0, end: 8, text: 'Peruvian', confidence: 1, rule: 'test', type: sourceType, entity: 'e1', country: 'PER', actor: sourceActor },
    { id: 'm2', start: 30, end: 35, text: 'Chile', confidence: 1, rule: 'test', type: 'GPE', entity: 'e2', country: 'CHL', actor: 'CHL' },
  ];
  const d: DraftEvent = {
    sentence: 0, trigger: { start: 20, end: 29, text: 'protested' }, mentions: [], tokens: [3], plover: 'PROTEST', cameo: '141', specificity: 0,
    reciprocal: false, source: { entities: ['e1'], actor: sourceActor, text: 'Peruvian' }, target: { entities: ['e2'], actor: 'CHL', text: 'Chile' },
    quantities: [], status: 'occurred', lemmas: ['protest'], rule: 'test', confidence: 1,
  } as unknown as DraftEvent;
  return [d, mentions];
}

describe('events: diplomatic protests', () => {
  it('codes a state or its government protesting to another state as an official complaint', () => {
    assert.equal(diplomaticProtest(...protest('PERGOV', 'ORG')).plover, 'ACCUSE');
    assert.equal(diplomaticProtest(...protest('PER', 'GPE')).plover, 'ACCUSE');
  });

  it('leaves students, workers or civilians of a state demonstrators, even when their cluster holds a state mention', () => {
    const [d, mentions] = protest('PEREDU', 'NORP');
    const withState = [...mentions, { ...mentions[0]!, id: 'm3', start: 40, end: 44, type: 'GPE' as const, actor: 'PER' }];
    assert.equal(diplomaticProtest(d, withState).plover, 'PROTEST');
  });

  it('leaves a crowd coded by the place it protests in demonstrators ("Hundreds of demonstrators protested outside the Chilean embassy in Lima")', () => {
    const [d, mentions] = protest('PER', 'GPE');
    assert.equal(diplomaticProtest({ ...d, location: { entity: 'e1' } }, mentions).plover, 'PROTEST');
    assert.equal(diplomaticProtest({ ...d, location: { entity: 'e3' } }, mentions).plover, 'ACCUSE');
  });
});
