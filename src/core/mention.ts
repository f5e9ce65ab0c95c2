import type { Span } from './span.js';

/**
 * Anything found in the text. `text === doc.text.slice(start, end)` always, and `rule` names the
 * rule or dictionary entry that produced it, so every extraction can be explained.
 */
export interface Mention extends Span {
  readonly id: string;
  readonly text: string;
  readonly confidence: number;
  readonly rule: string;
}

/** Entity types of the analysis record. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'WORK' | 'OTHER';

/** Where a place is, when the knowledge base knows. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
  readonly feature: string;
}

/** A mention of a person, organisation, place or group, joined to its in-document referent `entity`. */
export interface EntityMention extends Mention {
  readonly type: EntityType;
  readonly entity: string;
  readonly name: string;
  readonly kb?: string;
  readonly country?: string;
  readonly actor?: string;
  readonly geo?: GeoPoint;
}

/** A time expression with its TIMEX3 value (null when it cannot be resolved). */
export interface TimeMention extends Mention {
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string | null;
  readonly certainty: 'known' | 'implied';
  /** TIMEX3 `mod`: "over an hour" is PT1H with MORE_THAN, "early June" is 2025-06 with START. */
  readonly mod?: 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' | 'APPROX' | 'START' | 'MID' | 'END';
  /** Where the clause puts it relative to publication, from its verb or cue ("expected this weekend" is future). */
  readonly anchor?: 'past' | 'present' | 'future';
}

/** How a quantity is hedged in the text ("more than 300" is `more_than`). */
export type Approximation = 'more_than' | 'less_than' | 'about' | 'at_least' | 'at_most' | 'exactly';

/** Which kind of loss a casualty count reports ("killed at least 12 people" is `killed`). */
export type Casualty = 'killed' | 'wounded' | 'missing' | 'captured' | 'displaced' | 'casualties';

/** A counted or measured amount and what it counts. */
export interface QuantityMention extends Mention {
  readonly value: number;
  readonly approx: Approximation | null;
  readonly unit?: string;
  readonly fraction: boolean;
  /** Upper bound of a range ("between 200 and 300": value 200, max 300). */
  readonly max?: number;
  /** ISO 4217 code when the amount is money ("$1.2 billion": USD). */
  readonly currency?: string;
  /** Set when the amount counts people killed, wounded, missing, captured or displaced. */
  readonly casualty?: Casualty;
}

/** A piece of a claim: who, which cue, or what. */
export interface ClaimPart extends Span {
  readonly text: string;
}

/** An attributed statement: who says what, with which cue, how firmly. */
export interface Claim extends Span {
  readonly id: string;
  readonly source?: ClaimPart & { readonly entity?: string };
  readonly cue: ClaimPart & { readonly lemma: string };
  readonly content: ClaimPart;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly stance: string;
  readonly corroboratedBy?: readonly string[];
  readonly contestedBy?: readonly string[];
  readonly confidence?: number;
  readonly rule?: string;
}

/** One side of an event: the entities and the actor code they resolve to. */
export interface EventActor {
  readonly entities: readonly string[];
  readonly actor?: string;
  readonly text: string;
  readonly start?: number;
  readonly end?: number;
}

/** Whether the reported happening took place, is planned, expected, and so on. */
export type EventStatus = 'occurred' | 'planned' | 'threatened' | 'expected' | 'denied' | 'hypothetical';

/** Who did what to whom, coded in PLOVER and CAMEO. */
export interface Event {
  readonly id: string;
  readonly sentence: number;
  readonly trigger: ClaimPart;
  readonly plover: string;
  readonly mode?: string;
  readonly context?: readonly string[];
  readonly cameo: string;
  readonly quad: number;
  readonly goldstein: number;
  readonly source?: EventActor;
  readonly target?: EventActor;
  readonly location?: { readonly entity: string };
  readonly time?: { readonly time: string; readonly value: string | null };
  readonly quantities?: readonly string[];
  readonly status: EventStatus;
  readonly reportedBy?: string;
  readonly mentions?: readonly Span[];
  readonly confidence: number;
  readonly rule?: string;
}
