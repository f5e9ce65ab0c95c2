import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { headOf, npAfter, npBefore } from './chunker.js';

/** Tagged tokens of `text` and a function giving a token range's text. */
function tokensOf(text: string) {
  const tokens = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}).layers.tokens!;
  const slice = (start: number, end: number): string => text.slice(tokens[start]!.start, tokens[end - 1]!.end);
  const index = (word: string): number => tokens.findIndex((t) => text.slice(t.start, t.end) === word);
  return { tokens, slice, index };
}

// Sentences written for these tests.
describe('claims/chunker', () => {
  it('reads a titled name leftwards from the verb', () => {
    const { tokens, slice, index } = tokensOf('Finnish President Aino Virtanen said so.');
    const np = npBefore(tokens, index('said'), 0)!;
    assert.equal(slice(np[0], np[1]), 'Finnish President Aino Virtanen');
  });

  it('joins "of" phrases and coordinated names', () => {
    const a = tokensOf('The Minister of Finance said so.');
    const np = npBefore(a.tokens, a.index('said'), 0)!;
    assert.equal(a.slice(np[0], np[1]), 'The Minister of Finance');
    assert.equal(a.tokens[headOf(a.tokens, np[0], np[1])]!.normal, 'minister');
    const b = tokensOf('Macron and Scholz said so.');
    const both = npBefore(b.tokens, b.index('said'), 0)!;
    assert.equal(b.slice(both[0], both[1]), 'Macron and Scholz');
  });

  it('reads a phrase rightwards after an inverted verb', () => {
    const { tokens, slice, index } = tokensOf('“Enough,” said the foreign ministry of Peru.');
    const start = index('said') + 1;
    assert.equal(slice(start, npAfter(tokens, start, tokens.length)), 'the foreign ministry of Peru');
  });

  it('finds no phrase before a verb that follows a verb', () => {
    const { tokens, index } = tokensOf('They came and said nothing.');
    assert.equal(npBefore(tokens, index('said'), 0), null);
  });
});
