import type { Sentence, Token } from '../core/doc.js';
import { splitSentences } from './sentences.js';
import { tokenizer } from './wink.js';

/** Tokens and sentences of a text, offsets in UTF-16 code units of that text. */
export interface Tokenisation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** wink token types that are layout, not words. */
const LAYOUT = 'tabCRLF';

/**
 * Splits `text` into tokens and sentences. wink-nlp reads the whole text in one pass (its
 * cheapest); line breaks, which it keeps as layout tokens, then split the tokens into lines, so
 * a headline or a dateline is its own sentence even without a final full stop, and
 * `splitSentences` finds the sentences within each line. Offsets are found by searching for each
 * token's text from the previous token's end, which keeps them exact whatever wink does with the
 * whitespace between tokens. Tokens have no POS tag yet (`pos` is '' and `lemma` the lower-cased
 * form): the tags stage adds them.
 */
export function tokenise(text: string): Tokenisation {
  const wink = tokenizer();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out();
  const kinds = doc.tokens().out(wink.its.type);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // The current line's kept tokens: what the splitter reads and the Token objects are made from.
  let line: RawToken[] = [];
  let cursor = 0;
  let nextBreak = text.indexOf('\n');
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (kinds[i] === LAYOUT) {
      if (value.includes('\n')) {
        addLine(line, tokens, sentences);
        line = [];
      }
      continue;
    }
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    if (nextBreak >= 0 && nextBreak < start) {
      addLine(line, tokens, sentences);
      line = [];
      nextBreak = text.indexOf('\n', start);
    }
    cursor = start + value.length;
    line.push({ value, start, end: cursor, kind: kinds[i]! });
  }
  addLine(line, tokens, sentences);
  return { tokens, sentences };
}

/** A token of the line being read, before it becomes a Token. */
interface RawToken {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly kind: string;
}

/** Appends one line's tokens and sentences. */
function addLine(line: readonly RawToken[], tokens: Token[], sentences: Sentence[]): void {
  if (line.length === 0) return;
  for (const [first, end] of splitSentences(line)) {
    const index = sentences.length;
    const firstToken = tokens.length;
    for (let t = first; t < end; t++) {
      const { value, start, end: stop, kind } = line[t]!;
      const normal = value.toLowerCase();
      tokens.push({ start, end: stop, normal, kind, pos: '', lemma: normal, sentence: index });
    }
    sentences.push({ index, start: line[first]!.start, end: line[end - 1]!.end, firstToken, endToken: tokens.length });
  }
}
