import type { Sentence, Token } from '../core/doc.js';
import { splitSentences } from './sentences.js';
import { tagger, tokenizer } from './wink.js';

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
 * whitespace between tokens. With `tagged`, the same pass also gives each token wink's POS tag and
 * lemma (the tagger tokenises exactly as the bare tokenizer does); without it tokens have no tag
 * (`pos` is '' and `lemma` the lower-cased form) and the tags stage can add them later.
 */
export function tokenise(text: string, tagged = false): Tokenisation {
  const wink = tagged ? tagger() : tokenizer();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out();
  const kinds = doc.tokens().out(wink.its.type);
  const tags = tagged ? doc.tokens().out(wink.its.pos) : undefined;
  const lemmas = tagged ? (doc.tokens().out(wink.its.lemma as never) as unknown as string[]) : undefined;
  const tokens: MutableToken[] = [];
  const sentences: Sentence[] = [];
  // The current line is tokens[lineStart…]; `lineValues` holds its token texts for the splitter.
  let lineStart = 0;
  let lineValues: string[] = [];
  let cursor = 0;
  let nextBreak = text.indexOf('\n');
  const endLine = (): void => {
    addSentences(lineValues, lineStart, tokens, sentences);
    lineStart = tokens.length;
    lineValues = [];
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (kinds[i] === LAYOUT) continue;
    const start = text.indexOf(value, cursor);
    if (start < 0) continue;
    if (nextBreak >= 0 && nextBreak < start) {
      endLine();
      nextBreak = text.indexOf('\n', start);
    }
    cursor = start + value.length;
    const normal = value.toLowerCase();
    tokens.push({ start, end: cursor, normal, kind: kinds[i]!, pos: tags?.[i] ?? '', lemma: lemmas?.[i] ?? normal, sentence: 0 });
    lineValues.push(value);
  }
  endLine();
  return { tokens, sentences };
}

/** A token while its sentence is not yet known. */
type MutableToken = { -readonly [K in keyof Token]: Token[K] };

/** Splits the line `tokens[first…]` (texts in `values`) into sentences, numbering its tokens' sentences. */
function addSentences(values: readonly string[], first: number, tokens: MutableToken[], sentences: Sentence[]): void {
  for (const [from, to] of splitSentences(values)) {
    const index = sentences.length;
    for (let t = first + from; t < first + to; t++) tokens[t]!.sentence = index;
    sentences.push({ index, start: tokens[first + from]!.start, end: tokens[first + to - 1]!.end, firstToken: first + from, endToken: first + to });
  }
}
