import type { Diagnostic } from './diagnostic.js';
import type { Claim, EntityMention, Event, QuantityMention, TimeMention } from './mention.js';
import type { Span } from './span.js';

/** A word, number or punctuation mark, with the part of speech and lemma later stages read. */
export interface Token extends Span {
  /** Lower-cased form. */
  readonly normal: string;
  /** wink-nlp token type: word, number, punctuation, emoji, symbol, url, email, … */
  readonly kind: string;
  /** Universal POS tag (NOUN, VERB, PROPN, …); '' until the tags stage has run. */
  readonly pos: string;
  /** Lemma; the lower-cased form until the tags stage has run. */
  readonly lemma: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

/** A sentence: its span and its tokens `[firstToken, endToken)`. */
export interface Sentence extends Span {
  readonly index: number;
  readonly firstToken: number;
  readonly endToken: number;
}

/** Facts about the article that do not come from its text. */
export interface DocMeta {
  readonly id: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** ISO-8601 date or date-time; relative times resolve against it. */
  readonly published?: string;
  readonly language: string;
  /** SHA-256 of the normalised text. */
  readonly sha256: string;
  /** SHA-256 of the text as received, before normalisation. */
  readonly rawSha256: string;
}

/** The annotation layers a stage can require or assign. */
export type LayerName = 'tokens' | 'sentences' | 'tags' | 'entities' | 'times' | 'quantities' | 'claims' | 'events';

/** The layers filled so far; a stage returns a Doc with more of them. */
export interface Layers {
  readonly tokens?: readonly Token[];
  readonly sentences?: readonly Sentence[];
  /** True once the tags stage has put POS tags and lemmas on the tokens. */
  readonly tags?: boolean;
  readonly entities?: readonly EntityMention[];
  readonly times?: readonly TimeMention[];
  readonly quantities?: readonly QuantityMention[];
  readonly claims?: readonly Claim[];
  readonly events?: readonly Event[];
}

/** One article on its way through the pipeline. Immutable: stages return a new Doc. */
export interface Doc {
  readonly meta: DocMeta;
  /** Normalised text; every offset refers to it. */
  readonly text: string;
  /** The text as received. */
  readonly raw: string;
  readonly layers: Layers;
  readonly diagnostics: readonly Diagnostic[];
}

/** A copy of `doc` with the given layers set. */
export function withLayers(doc: Doc, layers: Layers): Doc {
  return { ...doc, layers: { ...doc.layers, ...layers } };
}

/** A copy of `doc` with diagnostics added. */
export function withDiagnostics(doc: Doc, diagnostics: readonly Diagnostic[]): Doc {
  return diagnostics.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...diagnostics] };
}

/** The tokens of a doc, or [] before the tokens stage ran. */
export function tokensOf(doc: Doc): readonly Token[] {
  return doc.layers.tokens ?? [];
}

/** The sentences of a doc, or [] before the tokens stage ran. */
export function sentencesOf(doc: Doc): readonly Sentence[] {
  return doc.layers.sentences ?? [];
}
