import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tokensStage } from '../tokens/index.js';
import { parseCardinal } from './parse-cardinal.js';

/** [text, value of the cardinal at its first token, or null]. */
const CASES: [string, number | null][] = [
  ['300', 300],
  ['1,200', 1200],
  ['1.2 million', 1.2e6],
  ['three thousand', 3000],
  ['three hundred and fifty', 350],
  ['two hundred thousand', 200000],
  ['twenty-five', 25],
  ['twenty five', 25],
  ['a dozen', 12],
  ['a hundred thousand', 100000],
  ['five six', 5],
  ['a day', null],
  ['soldiers', null],
];

describe('parseCardinal', () => {
  for (const [text, value] of CASES) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => {
      const tokens = tokensStage.run(makeDoc({ text }), {}).layers.tokens ?? [];
      assert.equal(parseCardinal(tokens, 0)?.value ?? null, value);
    });
  }

  it('reads "m" as million only for money', () => {
    const tokens = tokensStage.run(makeDoc({ text: '300m' }), {}).layers.tokens ?? [];
    assert.equal(parseCardinal(tokens, 0)?.value, 300);
    assert.equal(parseCardinal(tokens, 0, true)?.value, 3e8);
  });
});
