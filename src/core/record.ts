import type { Diagnostic } from './diagnostic.js';
import type { DocMeta } from './doc.js';
import type { Claim, EntityMention, Event, QuantityMention, TimeMention } from './mention.js';
import type { Span } from './span.js';

/** The schema name and version every record carries. */
export const RECORD_SCHEMA = 'sitrep.analysis/1';

/** The article part of a record: its metadata and the length of its normalised text. */
export interface RecordDoc extends DocMeta {
  readonly length: number;
}

/** Which stages, at which versions, made a record. */
export interface PipelineInfo {
  readonly version: string;
  readonly stages: readonly { readonly name: string; readonly version: string }[];
}

/** The analysis record of one article: the public contract of `sitrep analyze` (spec/analysis-record.md). */
export interface AnalysisRecord {
  readonly schema: typeof RECORD_SCHEMA;
  readonly doc: RecordDoc;
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly entities: readonly EntityMention[];
  readonly times: readonly TimeMention[];
  readonly quantities: readonly QuantityMention[];
  readonly claims: readonly Claim[];
  readonly events: readonly Event[];
  readonly diagnostics: readonly Diagnostic[];
  readonly pipeline: PipelineInfo;
}

/** What a batch writes for an input it could not analyse. */
export interface ErrorRecord {
  readonly schema: typeof RECORD_SCHEMA;
  readonly doc: { readonly id: string };
  readonly error: { readonly code: string; readonly message: string };
}
