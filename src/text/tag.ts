import type { Token } from '../core/doc.js';
import { tagger } from './wink.js';

/** How far ahead of the expected position a token is looked for, to get back in step after a mismatch. */
const RESYNC = 3;

/**
 * The tokens with POS tags and lemmas from wink-nlp. The tagger reads the whole text in one pass
 * (on the Kremlin corpus its tags are identical to tagging one sentence at a time, and it costs
 * 40% less) and tokenises exactly as the tokens layer did, so its tokens are matched to ours by
 * text, in order; a token it splits differently keeps the tag 'X'.
 */
export function tagTokens(text: string, tokens: readonly Token[]): Token[] {
  const wink = tagger();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(wink.its.pos);
  const lemmas = doc.tokens().out(wink.its.lemma as never) as unknown as string[];
  const tagged: Token[] = new Array(tokens.length);
  let k = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    const found = findMatch(values, k, text, token);
    if (found < 0) {
      tagged[t] = { ...token, pos: 'X' };
      continue;
    }
    tagged[t] = { ...token, pos: tags[found]!, lemma: lemmas[found]! };
    k = found + 1;
  }
  return tagged;
}

/** The index of the tagger token with the token's text, from `from` on (layout tokens skipped), or -1. */
function findMatch(values: readonly string[], from: number, text: string, token: Token): number {
  let k = from;
  while (k < values.length && values[k]!.trim() === '') k++;
  for (const last = k + RESYNC; k < values.length && k <= last; k++) if (sameText(values[k]!, text, token)) return k;
  return -1;
}

/** True when `value` is the token's text. */
function sameText(value: string, text: string, token: Token): boolean {
  return value.length === token.end - token.start && text.startsWith(value, token.start);
}
