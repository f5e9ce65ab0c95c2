import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldDiacritics, foldDiacriticsText } from './fold.js';

describe('diacritic folding', () => {
  it('folds a whole document as foldDiacritics folds each of its parts, keeping the length', () => {
    const text = 'Erdoğan met Niinistö in İstanbul; Łukaszenka’s envoy — “Đukanović” — came too. 𝐀 Ωmega';
    assert.equal(foldDiacriticsText(text), foldDiacritics(text));
    assert.equal(foldDiacriticsText(text).length, text.length);
    assert.equal(foldDiacriticsText('plain ASCII'), 'plain ASCII');
  });
});
