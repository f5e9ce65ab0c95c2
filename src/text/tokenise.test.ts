import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagTokens } from './tag.js';
import { tokenise } from './tokenise.js';

describe('text/tokenise', () => {
  it('gives offsets whose slice is the token, in UTF-16 code units, after emoji and astral letters', () => {
    const text = '👍🏽 𝕏 users said Kyiv’s drones hit 4 depots.\n🇺🇦 Ukraine agreed.';
    const { tokens } = tokenise(text);
    const words = tokens.map((t) => text.slice(t.start, t.end));
    assert.ok(words.includes('Kyiv'));
    assert.ok(words.includes('Ukraine'));
    const ukraine = tokens.find((t) => text.slice(t.start, t.end) === 'Ukraine')!;
    assert.equal(ukraine.start, text.indexOf('Ukraine'));
    for (const t of tokens) assert.ok(t.end > t.start && t.end <= text.length);
  });

  it('orders tokens and gives each the index of its sentence', () => {
    const text = 'One two. Three four.\nFive';
    const { tokens, sentences } = tokenise(text);
    for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i]!.start >= tokens[i - 1]!.end);
    for (const s of sentences) {
      for (let t = s.firstToken; t < s.endToken; t++) assert.equal(tokens[t]!.sentence, s.index);
    }
    assert.equal(sentences.length, 3);
  });

  it('returns nothing for whitespace', () => {
    assert.deepEqual(tokenise(' \n\t \n'), { tokens: [], sentences: [] });
  });
});

describe('text/tag', () => {
  it('puts POS tags and lemmas on every token, lined up by text', () => {
    const text = 'Russian forces captured two villages.\nHe said 👍🏽 they were retreating.';
    const { tokens } = tokenise(text);
    const tagged = tagTokens(text, tokens);
    assert.equal(tagged.length, tokens.length);
    const byText = new Map(tagged.map((t) => [text.slice(t.start, t.end), t]));
    assert.equal(byText.get('captured')!.pos, 'VERB');
    assert.equal(byText.get('captured')!.lemma, 'capture');
    assert.equal(byText.get('villages')!.lemma, 'village');
    assert.equal(byText.get('He')!.pos, 'PRON');
    assert.ok(tagged.every((t) => t.pos !== ''));
  });
});
