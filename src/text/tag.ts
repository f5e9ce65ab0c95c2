import type { Sentence, Token } from '../core/doc.js';
import { tagger } from './wink.js';

/**
 * The tokens with POS tags and lemmas from wink-nlp, read one sentence at a time so the tagger
 * sees each sentence's own start. The tagger tokenises as the tokens layer did, so its tokens
 * are matched to ours by text in order; a token it splits differently keeps the tag 'X'.
 */
export function tagTokens(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Token[] {
  const wink = tagger();
  const its = wink.its;
  const tagged: Token[] = new Array(tokens.length);
  for (const sentence of sentences) {
    const doc = wink.readDoc(text.slice(sentence.start, sentence.end));
    const values = doc.tokens().out();
    const tags = doc.tokens().out(its.pos);
    const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
    let k = 0;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) {
      const token = tokens[t]!;
      const found = findMatch(values, k, text, token);
      if (found < 0) {
        tagged[t] = { ...token, pos: 'X' };
        continue;
      }
      tagged[t] = { ...token, pos: tags[found]!, lemma: lemmas[found]! };
      k = found + 1;
    }
  }
  return tagged;
}

/** How far ahead of the expected position a token is looked for, to get back in step after a mismatch. */
const RESYNC = 3;

/** The index of the tagger token with the token's text, from `from` on, or -1. */
function findMatch(values: readonly string[], from: number, text: string, token: Token): number {
  for (let k = from; k < values.length && k <= from + RESYNC; k++) if (sameText(values[k]!, text, token)) return k;
  return -1;
}

/** True when `value` is the token's text. */
function sameText(value: string, text: string, token: Token): boolean {
  return value.length === token.end - token.start && text.startsWith(value, token.start);
}
