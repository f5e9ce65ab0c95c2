import type { Doc, Sentence, Token } from '../../core/doc.js';
import { sentencesOf, tokensOf } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { type ClaimsLexicon, claimsLexicon } from './lexicon.js';
import { findQuotes, type Quote } from './quotes.js';

/**
 * What every claims rule reads, built once per document: the tokens, sentences and quotations,
 * and two maps from token index to the quotation that token opens or closes.
 */
export interface ClaimsView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  /** Token index of an opening quotation mark → index in `quotes`. */
  readonly opens: ReadonlyMap<number, number>;
  /** Token index of a closing quotation mark → index in `quotes`. */
  readonly closes: ReadonlyMap<number, number>;
  /** Quotation index → token index of its closing mark, or -1 when unclosed or not a token. */
  readonly closeOf: readonly number[];
  readonly entities: readonly EntityMention[];
  readonly lexicon: ClaimsLexicon;
}

/** Builds the view of a document for the claims rules. */
export function claimsView(doc: Doc): ClaimsView {
  const tokens = tokensOf(doc);
  const quotes = findQuotes(doc.text);
  const opens = new Map<number, number>();
  const closes = new Map<number, number>();
  const closeOf: number[] = [];
  quotes.forEach((quote, q) => {
    const open = tokenStartingAt(tokens, quote.start);
    if (open >= 0) opens.set(open, q);
    const close = quote.closed ? tokenStartingAt(tokens, quote.end - 1) : -1;
    if (close >= 0) closes.set(close, q);
    closeOf.push(close);
  });
  return { text: doc.text, tokens, sentences: sentencesOf(doc), quotes, opens, closes, closeOf, entities: doc.layers.entities ?? [], lexicon: claimsLexicon() };
}

/** Index of the token that starts at `offset` (binary search), or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]!.start;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

