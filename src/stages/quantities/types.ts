import type { Token } from '../../core/doc.js';
import type { Approximation, Casualty } from '../../core/mention.js';

/**
 * A quantity found but not yet final. Token indexes are inclusive: `first..last` is the whole
 * mention, `coreFirst..coreLast` the number itself (so refiners can look beside the number even
 * after an approximator or a unit widened the mention). Refiners return new candidates.
 */
export interface Candidate {
  readonly first: number;
  readonly last: number;
  readonly coreFirst: number;
  readonly coreLast: number;
  readonly value: number;
  readonly max?: number;
  readonly approx: Approximation | null;
  readonly fraction: boolean;
  readonly unit?: string;
  /** Token index of the counted noun's head, once the counted-noun refiner found it. */
  readonly head?: number;
  readonly currency?: string;
  readonly percent?: boolean;
  readonly casualty?: Casualty;
  /** A plural of magnitude ("dozens", "tens of thousands"): a lower bound, not a count. */
  readonly vague?: boolean;
  /** The word "one", which is often a pronoun ("one of them") rather than a count. */
  readonly pronounLike?: boolean;
  readonly rule: string;
  readonly confidence: number;
}

/** What rules read: the normalised text and its tokens. */
export interface QuantityInput {
  readonly text: string;
  readonly tokens: readonly Token[];
}

/** Finds candidates in a document. Returns [] when nothing matches; never throws on odd input. */
export interface Extractor {
  readonly rule: string;
  find(input: QuantityInput): Candidate[];
}

/** Filters, widens or merges candidates. Runs in the order listed in the locale configuration. */
export interface Refiner {
  readonly rule: string;
  refine(candidates: readonly Candidate[], input: QuantityInput): Candidate[];
}

/** The ordered rules of one locale. */
export interface QuantitiesConfiguration {
  readonly extractors: readonly Extractor[];
  readonly refiners: readonly Refiner[];
}
