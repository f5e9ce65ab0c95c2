import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CORPORA } from '../../test/support/seed.js';
import { wordHashes } from './minhash.js';

/** The definition the scan must agree with: FNV-1a of every match of the word pattern. */
function reference(text: string): number[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
}

test('word hashes split words as the letter-or-digit pattern does, in every script', () => {
  const samples = [
    'Kyiv, 24 Feb. — Зеленський заявив: «Ми вистоїмо». 北京 said 2,500 troops; قال الرئيس',
    'math 𝒜𝒷𝒸 letters, emoji 😀 between😀words, a lone \ud800 high and \udc00 low surrogate',
    'cafe\u0301 (combining accent) naïve Øresund ǅemal 1st ½ Ⅻ ٣٤ x\u200by',
    '', '   ', '...', 'a',
  ];
  for (const text of samples) assert.deepEqual(wordHashes(text), reference(text), text);
});

test('word hashes agree with the pattern on every Kremlin text', () => {
  const lines = readFileSync(`${CORPORA}kremlin/kremlin_ukraine_related.jsonl`, 'utf8').trim().split('\n');
  for (const line of lines) {
    const text = (JSON.parse(line) as { text: string }).text.toLowerCase();
    assert.deepEqual(wordHashes(text), reference(text));
  }
});
