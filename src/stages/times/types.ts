import type { Token } from '../../core/doc.js';
import type { Span } from '../../core/span.js';
import type { Day } from './calendar.js';

/** TIMEX3 type of a time expression. */
export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Where the clause puts what happens, relative to the publication date: read from its verb or cue. */
export type TimeAnchor = 'past' | 'present' | 'future';

/** TIMEX3 `mod` values the rules produce ("over an hour" is MORE_THAN; "early June" is START). */
export type TimeMod = 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'APPROX' | 'START' | 'MID' | 'END';

/** A time expression found by a rule, before refiners run and ids are given. Offsets index doc.text. */
export interface TimeCandidate extends Span {
  readonly type: TimeType;
  /** TIMEX3 value, or null when it needs a publication date that is absent. */
  readonly value: string | null;
  readonly certainty: 'known' | 'implied';
  readonly rule: string;
  readonly confidence: number;
  readonly mod?: TimeMod;
  readonly anchor?: TimeAnchor;
  /** True when the value depends on the publication date (so it is null without one). */
  readonly relative: boolean;
}

/** One sentence as the rules see it: its text, where it starts in doc.text, and its tokens. */
export interface SentenceView {
  readonly text: string;
  readonly start: number;
  readonly tokens: readonly Token[];
}

/** What a rule may read besides the sentence: the publication day and the clause tense at a span. */
export interface TimeContext {
  /** The publication day, or null when the article has none. */
  readonly ref: Day | null;
  /** The tense of the clause around doc.text span [start, end), when its verbs or cues tell. */
  anchorAt(start: number, end: number): TimeAnchor | undefined;
}

/** Finds candidates in one sentence. Returns [] when nothing matches; never throws on odd input. */
export interface TimeExtractor {
  readonly rule: string;
  /**
   * Lower-cased token forms the extractor needs one of ("ago", "weekend"); `#digit` stands for any
   * token with a digit. The stage runs the extractor only on sentences holding one: a Map lookup
   * per token instead of a regex per sentence.
   */
  readonly keys: readonly string[];
  /** A second, finer test on the text of sentences that passed the keys (chrono is slow). */
  readonly trigger?: RegExp;
  find(sentence: SentenceView, ctx: TimeContext): TimeCandidate[];
}

/** Filters, merges or resolves overlaps among the candidates of one sentence, sorted by start. */
export interface TimeRefiner {
  readonly rule: string;
  refine(candidates: readonly TimeCandidate[], sentence: SentenceView, ctx: TimeContext): TimeCandidate[];
}

/** A locale's rules: extractors, then refiners, each list run in order. */
export interface TimesConfiguration {
  readonly extractors: readonly TimeExtractor[];
  readonly refiners: readonly TimeRefiner[];
}
