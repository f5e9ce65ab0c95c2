import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenise } from './tokenise.js';

/** The sentences of a text, as strings. */
function sentences(text: string): string[] {
  return tokenise(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe('text/sentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('Talks resumed. Did they end? No!'), ['Talks resumed.', 'Did they end?', 'No!']);
  });

  it('keeps a closing quote with its sentence and a lower-case continuation with the quote', () => {
    assert.deepEqual(sentences('“Why now?” she asked. He left.'), ['“Why now?” she asked.', 'He left.']);
    assert.deepEqual(sentences('He said: "Stop it." Then he left.'), ['He said: "Stop it."', 'Then he left.']);
  });

  it('does not split after titles, initials and abbreviations', () => {
    const text = 'Gen. Smith met Lt. Col. J. Doe in St. Petersburg on Jan. 5 at 5 p.m. local time.';
    assert.deepEqual(sentences(text), [text]);
  });

  it('splits after an initialism followed by a sentence opener only', () => {
    assert.deepEqual(sentences('He lives in the U.S. The rest stayed.'), ['He lives in the U.S.', 'The rest stayed.']);
    assert.deepEqual(sentences('The U.N. Security Council met.'), ['The U.N. Security Council met.']);
  });

  it('makes every line its own sentence, so a headline without a full stop stands alone', () => {
    assert.deepEqual(sentences('Putin Warns of Retaliation\nTrump spoke with Putin.\n\nThe call lasted an hour.'), [
      'Putin Warns of Retaliation',
      'Trump spoke with Putin.',
      'The call lasted an hour.',
    ]);
  });
});
