/** One element of a pattern: alternatives, each a run of consecutive words (lower-case lemmas or surface forms). */
export type PatternElement = readonly (readonly string[])[];

/** A verb pattern: words before the trigger, words after it (in order, gaps allowed within the clause), and what it codes. */
export interface VerbPattern {
  readonly pre: readonly PatternElement[];
  readonly post: readonly PatternElement[];
  /** CAMEO code; `---` means the match generates no event (a null pattern that blocks weaker ones). */
  readonly code: string;
  /** PLOVER category when it differs from the code table's for the code ("resign": CAMEO 0831, PLOVER RETREAT). */
  readonly plover?: string;
  readonly mode?: string;
  readonly context?: readonly string[];
  /** Source and target act on each other (meetings, exchanges): a compound subject is split into both sides. */
  readonly reciprocal: boolean;
  /** PETRARCH's code of the same act seen from the target (`[042:043]`: a visit is hosted), used only in PETRARCH's convention. */
  readonly converse?: string;
  /** The subject is the act's target and the object its source (`swap`, PETRARCH's `+ * … $` and `[:CODE]`: "received money from X"). */
  readonly swapped?: boolean;
  /** Number of words the pattern requires: more specific patterns win. */
  readonly specificity: number;
  /** `file:line`, for the event's `rule`. */
  readonly origin: string;
  /** Content words match only non-verbs (PETRARCH patterns name the heads of noun phrases). */
  readonly nounsOnly?: boolean;
}

/** A trigger word of a block: its head lemma, words that must stand right before or after it, and its own code when isolated. */
export interface Trigger {
  readonly head: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  /** Code of the isolated trigger (no pattern matched); null when the trigger alone is no event. */
  readonly code: string | null;
  /** PLOVER category overriding the code table's (see `VerbPattern.plover`). */
  readonly plover?: string;
  readonly mode?: string;
  readonly reciprocal: boolean;
  /** See `VerbPattern.converse`. */
  readonly converse?: string;
  /** See `VerbPattern.swapped`. */
  readonly swapped?: boolean;
  readonly origin: string;
}

/** A block: triggers sharing one set of patterns. `kind` says whether the trigger is a verb or a nominal. */
export interface VerbBlock {
  readonly kind: 'verb' | 'noun';
  readonly triggers: readonly Trigger[];
  readonly patterns: readonly VerbPattern[];
  /**
   * For large blocks: patterns by a word they cannot match without (the first word of each
   * alternative of their least varied element), so a sentence only tries the patterns its words
   * allow. Patterns without words are in `unanchored`. Built by `buildDictionary`.
   */
  readonly anchored?: ReadonlyMap<string, readonly number[]>;
  readonly unanchored?: readonly number[];
}

/** A trigger with its block, as indexed by head word. */
export interface TriggerEntry {
  readonly trigger: Trigger;
  readonly block: VerbBlock;
  /** Rank of the dictionary it came from: 0 is the most trusted. */
  readonly rank: number;
}

/** Verb and nominal patterns indexed by the trigger's head word (lemma or surface form). */
export interface VerbDictionary {
  readonly byHead: ReadonlyMap<string, readonly TriggerEntry[]>;
  readonly blocks: readonly VerbBlock[];
}
