import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from './quotes.js';

/** The inner texts of the quotations of `text`, with their depth. */
function inner(text: string): string[] {
  return findQuotes(text).map((q) => `${q.depth}:${text.slice(q.inner.start, q.inner.end)}${q.closed ? '' : ' (open)'}`);
}

describe('claims/quotes', () => {
  it('finds curly and straight quotations', () => {
    assert.deepEqual(inner('He said “we will wait” and then "we will see".'), ['0:we will wait', '0:we will see']);
  });

  it('nests single quotes inside double ones, and keeps apostrophes out', () => {
    assert.deepEqual(inner('“The word ‘truce’ isn’t used,” she said.'), ['0:The word ‘truce’ isn’t used,', '1:truce']);
    assert.deepEqual(inner('"They called it \'a pause\' today," he said.'), ["0:They called it 'a pause' today,", '1:a pause']);
  });

  it('reads one quotation across sentences', () => {
    assert.deepEqual(inner('“We came. We saw. We left,” the envoy said.'), ['0:We came. We saw. We left,']);
  });

  it('continues a quotation into a paragraph that re-opens it', () => {
    const text = 'The letter said:\n\n“First paragraph.\n\n“Second paragraph.”\n\nAfter.';
    assert.deepEqual(inner(text), ['0:First paragraph.\n\n“Second paragraph.']);
  });

  it('continues a curly quotation whose closing mark comes in a later paragraph', () => {
    assert.deepEqual(inner('“One.\n\nTwo.”\n\nThree.'), ['0:One.\n\nTwo.']);
  });

  it('ends a quotation left open at the end of its paragraph', () => {
    assert.deepEqual(inner('He said "no more\n\nNext paragraph.'), ['0:no more (open)']);
  });

  it('reads reversed curly marks by where they stand', () => {
    assert.deepEqual(inner('Vandenko: ”Not the place for discussions,“ we remember. Many say, ”Leave it.“'), ['0:Not the place for discussions,', '0:Leave it.']);
  });

  it('counts offsets in UTF-16 code units after an emoji', () => {
    const text = '🇺🇦 “Hold the line,” they wrote.';
    const [q] = findQuotes(text);
    assert.equal(text.slice(q!.start, q!.end), '“Hold the line,”');
  });
});
