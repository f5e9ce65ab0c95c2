import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../core/mention.js';
import { doc, norwaySaid, summary } from '../../../test/support/events-doc.js';

/** Peru's warning claim of a text "Peru warned … that …": its content runs from after "that" to the final stop. */
function peruWarned(text: string): Claim {
  const content = text.indexOf('that') + 5;
  const cue = text.indexOf('warned');
  return {
    id: 'c1', start: 0, end: text.length - 1, kind: 'indirect', stance: 'warn',
    source: { start: 0, end: 4, text: 'Peru', entity: 'e1' },
    cue: { start: cue, end: cue + 6, text: 'warned', lemma: 'warn' },
    content: { start: content, end: text.length - 1, text: text.slice(content, text.length - 1) },
  };
}

describe('events: warnings that force or a penalty will follow', () => {
  it('codes the warner threatening whom it warned, or the state the warning names', () => {
    const force = 'Peru warned Chile on Friday that any attack would be met with a crushing response.';
    assert.deepEqual(summary(doc(force, [peruWarned(force)])), ['THREATEN PER->CHL occurred']);
    const measures = 'Peru warned that it would take strong measures against Chile.';
    assert.deepEqual(summary(doc(measures, [peruWarned(measures)])), ['THREATEN PER->CHL occurred']);
  });

  it('codes force stated under a condition as a threat, a conditional offer as none', () => {
    const fire = 'Peru said that it would turn Lima into a sea of fire if Chile continued the drills.';
    assert.deepEqual(summary(doc(fire, [{ ...norwaySaid(fire), source: { start: 0, end: 4, text: 'Peru', entity: 'e1' }, cue: { start: 5, end: 9, text: 'said', lemma: 'say' } }])), ['THREATEN PER->CHL occurred']);
    const aid = 'Peru said that it would send aid to Chile if the border reopened.';
    assert.ok(!summary(doc(aid, [{ ...norwaySaid(aid), source: { start: 0, end: 4, text: 'Peru', entity: 'e1' }, cue: { start: 5, end: 9, text: 'said', lemma: 'say' } }])).some((x) => x.startsWith('THREATEN')));
  });

  it('codes no threat for a warning of harm that names no force or penalty', () => {
    const harm = 'Peru warned that the drought would hurt Chilean farmers.';
    assert.deepEqual(summary(doc(harm, [peruWarned(harm)])), []);
  });
});
