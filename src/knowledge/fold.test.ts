import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldDiacritics } from './fold.js';

describe('diacritic folding', () => {
  it('folds Latin letters to their base letters, keeping the length and everything else', () => {
    const text = 'Erdoğan met Niinistö in İstanbul; Łukaszenka’s envoy — “Đukanović” — came too. 𝐀 Ωmega';
    const folded = foldDiacritics(text);
    assert.equal(folded, 'Erdogan met Niinisto in Istanbul; Lukaszenka’s envoy — “Dukanovic” — came too. 𝐀 Ωmega');
    assert.equal(folded.length, text.length);
    assert.equal(foldDiacritics('plain ASCII'), 'plain ASCII');
  });
});
