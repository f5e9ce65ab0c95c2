/** Tokens that end a sentence: full stops, question and exclamation marks, ellipses. */
const TERMINAL = /^[.!?…]+$|^\.\.\.$/;

/** Char codes of the marks a sentence-ending token ends with. */
const [DOT, BANG, QUESTION, ELLIPSIS] = ['.', '!', '?', '…'].map((c) => c.charCodeAt(0));

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Initialisms with a final full stop ("U.S.", "U.K.") that can also end a sentence. */
const INITIALISM = /^(?:[A-Z]\.){2,}$/;

/** Words that begin sentences and almost never follow an initialism inside a name ("the U.S. The rest …"). */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'In', 'On', 'At',
  'But', 'And', 'However', 'Its', 'His', 'Her', 'Their', 'There', 'After', 'Before', 'When', 'While', 'As',
]);

/**
 * Sentence boundaries within one line of token texts, as [first, end) token index ranges. A sentence ends at a
 * terminal mark (with the closing quotes or brackets after it) when the next token does not start
 * in lower case ("“Why?” she asked." stays one sentence), and after an initialism such as "U.S."
 * when the next word is a typical sentence opener. Abbreviations like "Mr." and "Jan." are single
 * tokens to wink-nlp, so they never end a sentence here.
 */
export function splitSentences(tokens: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const value = tokens[i]!;
    const last = value.charCodeAt(value.length - 1);
    // Only tokens ending in a full stop or a terminal mark can end a sentence: test those alone.
    if (last !== DOT && last !== BANG && last !== QUESTION && last !== ELLIPSIS) continue;
    let end = -1;
    if (TERMINAL.test(value)) {
      end = i + 1;
      while (end < tokens.length && CLOSERS.has(tokens[end]!)) end++;
      const next = tokens[end];
      if (next !== undefined && startsLowerCase(next)) end = -1;
    } else if (INITIALISM.test(value) && SENTENCE_STARTERS.has(tokens[i + 1] ?? '')) {
      end = i + 1;
    }
    if (end > 0 && end < tokens.length) {
      ranges.push([first, end]);
      first = end;
      i = end - 1;
    }
  }
  if (first < tokens.length) ranges.push([first, tokens.length]);
  return ranges;
}

/** True when the text starts with a lower-case letter. */
function startsLowerCase(value: string): boolean {
  const c = value.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
