import type { Span } from '../../core/span.js';

/** Token range `[start, end)` in the tokens layer. */
export type TokenRange = readonly [number, number];

/**
 * A claim being built: token ranges for the source and cue, a character span for the content
 * (a quotation's content is the text between its marks, which need not be whole tokens).
 */
export interface Draft {
  readonly source?: TokenRange;
  readonly cue: TokenRange;
  readonly lemma: string;
  readonly content: Span;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly stance: string;
  readonly rule: string;
  readonly confidence: number;
  /** The sentence holding the cue. */
  readonly sentence: number;
}
