import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseText } from './normalise.js';

describe('text/normalise', () => {
  it('composes to NFC', () => {
    assert.equal(normaliseText('Zelenskyy met Erdog\u0306an'), 'Zelenskyy met Erdoğan');
  });

  it('turns CRLF, CR and Unicode separators into line feeds', () => {
    assert.equal(normaliseText('a\r\nb\rc\u2028d'), 'a\nb\nc\nd');
  });

  it('removes invisible characters between letters', () => {
    assert.equal(normaliseText('Kre\u200Bmlin\u00AD \uFEFFtalks\u202E'), 'Kremlin talks');
  });

  it('reads exotic spaces as plain spaces, keeping the length', () => {
    assert.equal(normaliseText('52\u00A0nations\u2009met'), '52 nations met');
  });

  it('drops leading blank lines and trailing space', () => {
    assert.equal(normaliseText('\n \n Title\nBody.  \n\n'), ' Title\nBody.');
  });

  it('keeps astral characters whole', () => {
    assert.equal(normaliseText('👍🏽 𝕏 posted'), '👍🏽 𝕏 posted');
  });
});
