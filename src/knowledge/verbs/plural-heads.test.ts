import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headForms, pluralHeads } from './plural-heads.js';
import type { TriggerEntry, VerbDictionary } from './types.js';

describe('verbs: heads by their naive plural', () => {
  it('keys each head\'s entries by head + "s", per dictionary', () => {
    const entries: readonly TriggerEntry[] = [];
    const one: VerbDictionary = { byHead: new Map([['talk', entries]]), blocks: [] };
    const two: VerbDictionary = { byHead: new Map([['strike', entries]]), blocks: [] };
    assert.equal(pluralHeads(one).get('talks'), entries);
    assert.equal(pluralHeads(one).has('talk'), false);
    assert.equal(pluralHeads(two).get('strikes'), entries);
    assert.equal(pluralHeads(two).has('talks'), false);
  });

  it('lists every head and every naive plural as a trigger form, per dictionary', () => {
    const entries: readonly TriggerEntry[] = [];
    const one: VerbDictionary = { byHead: new Map([['talk', entries]]), blocks: [] };
    const two: VerbDictionary = { byHead: new Map([['strike', entries]]), blocks: [] };
    assert.deepEqual([...headForms(one)].sort(), ['talk', 'talks']);
    assert.deepEqual([...headForms(two)].sort(), ['strike', 'strikes']);
    assert.equal(pluralHeads(one).get('talks'), entries);
  });
});
