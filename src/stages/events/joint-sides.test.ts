import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import type { ActorGroup } from './actors.js';
import { jointSides } from './joint-sides.js';

/** A group of `n` mentions, marked as both sides or not. */
function group(n: number, bothSides: boolean): ActorGroup {
  const mentions = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, start: i, end: i + 1, text: 'x', confidence: 1, rule: 'test', type: 'GPE' as const }));
  return { mentions, start: 0, end: n, locative: false, prep: -1, agentive: false, bothSides };
}

describe('events: a joint act of both sides is between them', () => {
  it('takes agreeing, consulting, cooperating and signing, not praise of a third party', () => {
    assert.equal(jointSides(group(2, true), '030'), true);
    assert.equal(jointSides(group(2, true), '057'), true);
    assert.equal(jointSides(group(2, true), '051'), false);
    assert.equal(jointSides(group(2, false), '030'), false);
    assert.equal(jointSides(group(1, true), '030'), false);
  });

  it('aims "both sides expressed readiness to cooperate" at the other side', () => {
    const lines = summary(doc('Peru and Chile fought a border war in 1995. Both sides expressed their readiness to continue cooperation.'));
    assert.ok(lines.includes('AGREE PER->CHL occurred'), lines.join('; '));
  });

  it('does not pair them when they talked with someone no actor names', () => {
    const lines = summary(doc('Peru and Chile fought a border war in 1995. Both sides watched a dance show and talked with the children.'));
    assert.ok(lines.every((l) => !l.startsWith('CONSULT PER->CHL')), lines.join('; '));
  });

  it('leaves praise of a third party\'s act to its object', () => {
    const lines = summary(doc('Peru and Chile fought a border war in 1995. Both sides praised the decision of Norway.'));
    assert.ok(lines.some((l) => l.startsWith('SUPPORT')), lines.join('; '));
    assert.ok(lines.every((l) => !l.startsWith('SUPPORT PER->CHL')), lines.join('; '));
  });

  it('aims joint praise of the sides\' own relation at the other side ("bilateral", "Peruvian-Chilean", "between")', () => {
    assert.ok(summary(doc('Peru and Chile praised bilateral cooperation against drug trafficking.')).includes('SUPPORT PER->CHL occurred'));
    assert.ok(summary(doc('Peru and Chile praised the level of Peruvian-Chilean contacts.')).includes('SUPPORT PER->CHL occurred'));
    assert.ok(summary(doc('Peru and Chile expressed support for cooperation between their ports.')).includes('SUPPORT PER->CHL occurred'));
  });

  it('takes a hyphenated modifier as theirs only of two proper names, and "between" only before the members', () => {
    for (const text of [
      'Peru and Chile praised the level of long-term relations.',
      'Peru and Chile welcomed the dialogue between the warring factions.',
      'Peru and Chile praised the partnership between the two rebel groups.',
    ]) {
      const lines = summary(doc(text));
      assert.ok(lines.some((l) => l.startsWith('SUPPORT')), `${text}: ${lines.join('; ')}`);
      assert.ok(lines.every((l) => !l.startsWith('SUPPORT PER->CHL')), `${text}: ${lines.join('; ')}`);
    }
    assert.ok(summary(doc('Peru and Chile praised the level of Chile-Peru relations.')).includes('SUPPORT PER->CHL occurred'));
  });

  it('does not aim joint praise at the subject\'s own side when its members are of one country', () => {
    const lines = summary(doc('Peru and Lima praised bilateral relations.'));
    assert.ok(lines.some((l) => l.startsWith('SUPPORT')), lines.join('; '));
    assert.ok(lines.every((l) => !l.startsWith('SUPPORT PER->PER')), lines.join('; '));
  });

  it('leaves joint praise of anything else with no target', () => {
    const lines = summary(doc('Peru and Chile praised the prisoner exchange.'));
    assert.ok(lines.some((l) => l.startsWith('SUPPORT')), lines.join('; '));
    assert.ok(lines.every((l) => !l.startsWith('SUPPORT PER->CHL')), lines.join('; '));
  });
});
