import type { Sentence, Token } from '../core/doc.js';
import { wink } from './wink.js';

/** Tokens and sentences of a text, offsets in UTF-16 code units of that text. */
export interface Tokenisation {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** wink token types that are layout, not words. */
const LAYOUT = new Set(['tabCRLF']);

/**
 * Splits `text` into tokens and sentences. Lines are read one at a time, so a headline or a
 * dateline is its own sentence even without a final full stop; wink-nlp then finds the sentences
 * within each line. Offsets are found by searching for each token's text from the previous
 * token's end, which keeps them exact whatever wink does with the whitespace between tokens.
 */
export function tokenise(text: string): Tokenisation {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (/\S/.test(text.slice(lineStart, lineEnd))) readLine(text, lineStart, lineEnd, tokens, sentences);
    lineStart = lineEnd + 1;
  }
  return { tokens, sentences };
}

/** Tokenises one line and appends its tokens and sentences; sentences with no kept token are dropped. */
function readLine(text: string, lineStart: number, lineEnd: number, tokens: Token[], sentences: Sentence[]): void {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text.slice(lineStart, lineEnd));
  const values = doc.tokens().out();
  const kinds = doc.tokens().out(its.type);
  const tags = doc.tokens().out(its.pos);
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const spans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  let cursor = lineStart;
  for (const [first, last] of spans) {
    const index = sentences.length;
    const firstToken = tokens.length;
    for (let i = first; i <= last; i++) {
      const value = values[i]!;
      if (LAYOUT.has(kinds[i]!)) continue;
      const start = text.indexOf(value, cursor);
      if (start < 0 || start + value.length > lineEnd) continue;
      cursor = start + value.length;
      tokens.push({ start, end: cursor, normal: value.toLowerCase(), kind: kinds[i]!, pos: tags[i]!, lemma: lemmas[i]!, sentence: index });
    }
    if (tokens.length === firstToken) continue;
    sentences.push({ index, start: tokens[firstToken]!.start, end: tokens[tokens.length - 1]!.end, firstToken, endToken: tokens.length });
  }
}
