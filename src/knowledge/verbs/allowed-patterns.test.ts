import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allowedPatterns } from './allowed-patterns.js';
import type { VerbBlock, VerbPattern } from './types.js';

/** A block of six patterns: 0 and 4 need no word, 1 and 3 are anchored on "aid", 2 and 5 on "talks". */
function block(): VerbBlock {
  const pattern: VerbPattern = { pre: [], post: [], code: '010', reciprocal: false, specificity: 0, origin: 'test:1' };
  return {
    kind: 'verb', triggers: [], patterns: Array.from({ length: 6 }, () => pattern),
    anchored: new Map([['aid', [1, 3]], ['talks', [2, 5]]]), unanchored: [0, 4],
  };
}

/** The indices the marks allow, in order. */
function indices(b: VerbBlock, present: ReadonlySet<string>): number[] {
  const allowed = allowedPatterns(b, present);
  assert.ok(allowed);
  const out: number[] = [];
  for (let i = allowed.lo; i < allowed.hi; i++) if (allowed.marks[i] === 1) out.push(i);
  return out;
}

describe('verbs: patterns a sentence\'s words allow', () => {
  it('keeps the unanchored patterns and those anchored on a word present, in pattern order', () => {
    const b = block();
    assert.deepEqual(indices(b, new Set(['the', 'aid'])), [0, 1, 3, 4]);
  });

  it('remakes the marks for another sentence\'s words, dropping the last sentence\'s', () => {
    const b = block();
    assert.deepEqual(indices(b, new Set(['aid'])), [0, 1, 3, 4]);
    assert.deepEqual(indices(b, new Set(['talks', 'held'])), [0, 2, 4, 5]);
    assert.deepEqual(indices(b, new Set(['none'])), [0, 4]);
  });

  it('tries every pattern of a block with no anchor index', () => {
    assert.equal(allowedPatterns({ ...block(), anchored: undefined }, new Set(['aid'])), undefined);
  });
});
