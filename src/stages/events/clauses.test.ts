import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { splitClauses } from './clauses.js';

/** The clauses of a one-sentence text, as their words. */
function clauses(text: string): string[] {
  const tokens = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}).layers.tokens ?? [];
  return splitClauses(tokens, 0, tokens.length).map((c) => tokens.slice(c.start, c.end).map((t) => t.normal).join(' '));
}

describe('splitClauses', () => {
  it('keeps a comma between coordinate adjectives inside the clause', () => {
    assert.equal(clauses('Arnor will restore complete, full diplomatic ties with Gondor.').length, 1);
  });

  it('keeps a list of nouns closed by "and" inside the clause', () => {
    assert.equal(clauses('They launched artillery, mortar, and rocket fire against the camps.').length, 1);
  });

  it('breaks at a comma before an attribution', () => {
    assert.deepEqual(clauses('Rebels shelled the town, officials said.'), ['rebels shelled the town', 'officials said .']);
  });
});
