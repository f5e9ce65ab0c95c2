import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventActor } from '../../core/mention.js';
import { mergeDrafts, type DraftEvent } from './merge.js';

/** A CONSULT draft of the given sentence, trigger offset and sides. */
function meeting(sentence: number, at: number, source?: EventActor, target?: EventActor, anaphoric = false): DraftEvent {
  return {
    sentence, trigger: { start: at, end: at + 7, text: 'meeting' }, mentions: [{ start: at, end: at + 7 }], tokens: [at], plover: 'CONSULT', cameo: '040',
    specificity: 0, reciprocal: true, quantities: [], status: 'occurred', lemmas: ['meeting'], rule: 'events/test', confidence: 0.5,
    ...(source && { source }), ...(target && { target }), ...(anaphoric && { anaphoric }),
  };
}

const PERU: EventActor = { entities: ['e1'], actor: 'PER', text: 'Peru', start: 0, end: 4 };
const CHILE: EventActor = { entities: ['e2'], actor: 'CHL', text: 'Chile', start: 0, end: 5 };

describe('mergeDrafts', () => {
  it('merges a later mention that names no one into the meeting named before', () => {
    const merged = mergeDrafts([meeting(0, 10, PERU, CHILE), meeting(2, 90, undefined, undefined, true)]);
    assert.equal(merged.length, 1);
    assert.equal(merged[0]!.mentions.length, 2);
  });

  it('does not merge a meeting that names its sides into an earlier mention that names no one', () => {
    const merged = mergeDrafts([meeting(0, 4, undefined, undefined, true), meeting(3, 120, PERU, CHILE, true)]);
    assert.deepEqual(merged.map((d) => [d.trigger.start, d.source?.actor, d.target?.actor]), [[4, undefined, undefined], [120, 'PER', 'CHL']]);
  });

  it('takes the order of a later mention that names both sides when the first names one side only', () => {
    const merged = mergeDrafts([meeting(0, 4, undefined, PERU), meeting(1, 60, PERU, CHILE)]);
    assert.deepEqual(merged.map((d) => [d.source?.actor, d.target?.actor, d.mentions.length]), [['PER', 'CHL', 2]]);
  });

  it('does not fill a missing side from a mention more than a sentence after the last one', () => {
    const merged = mergeDrafts([meeting(0, 4, PERU), meeting(3, 200, PERU, CHILE)]);
    assert.deepEqual(merged.map((d) => [d.trigger.start, d.source?.actor, d.target?.actor]), [[4, 'PER', undefined], [200, 'PER', 'CHL']]);
  });

  it('does not merge a bare nominal into a meeting only wished for', () => {
    const merged = mergeDrafts([{ ...meeting(0, 4, PERU, CHILE), wished: true }, meeting(2, 90, undefined, undefined, true)]);
    assert.equal(merged.length, 2);
    assert.equal(merged[1]!.source, undefined);
  });
});
