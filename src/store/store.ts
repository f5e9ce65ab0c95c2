import type { Diagnostic } from '../core/diagnostic.js';
import type { AnalysisRecord } from '../core/record.js';
import type { AnalysisRows } from './record-rows.js';

/** A document as ingest hands it to the store: the article, its source, and where it came from. */
export interface NewDocument {
  /** The record's `doc.id`: the input's own id, or one derived from the text hash. */
  readonly docId: string;
  /** Identity across versions: the URL when known, else the origin (file path, feed item, JSONL line). */
  readonly key: string;
  /** Where it was read from: a path, `path#line`, a feed URL + item, or `stdin`. */
  readonly origin: string;
  readonly format: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly sha256: string;
  readonly rawSha256: string;
  readonly text: string;
  /** The raw source (HTML page, feed item, file bytes as text), deflated. */
  readonly raw: Uint8Array;
  /** The text handed to the analyzer, deflated, when it differs from `text` (so a re-analysis gives the same record). */
  readonly input?: Uint8Array;
  /** MinHash signature of the normalised words, for near-duplicate detection (empty for short texts). */
  readonly minhash: Uint32Array;
}

/** One analysis ready to store: the record (deflated, without its text) and its rows per layer. */
export interface StoredAnalysis {
  readonly pipelineHash: string;
  readonly record: Uint8Array;
  readonly rows: AnalysisRows;
}

/** What happened to one document handed to `saveDocument`. */
export type SaveOutcome =
  | { readonly kind: 'added'; readonly id: number }
  | { readonly kind: 'version'; readonly id: number; readonly previous: number; readonly version: number }
  | { readonly kind: 'duplicate'; readonly id: number; readonly of: number; readonly similarity: number }
  | { readonly kind: 'unchanged'; readonly id: number };

/** A run of ingest or reanalyze, as recorded in `runs`. */
export interface RunInfo {
  readonly command: string;
  readonly engineVersion: string;
  readonly pipelineHash: string;
  readonly pipeline: string;
}

/** The counts a run ends with. */
export interface RunCounts {
  readonly added: number;
  readonly versions: number;
  readonly duplicates: number;
  readonly unchanged: number;
  readonly skipped: number;
  readonly analysed: number;
}

/** Filters shared by queries and exports; every field narrows, absent fields do not. */
export interface QueryFilter {
  /** Actor code prefix (RUS, RUSGOV) or a name (case-insensitive substring). */
  readonly actor?: string;
  /** ISO 3166-1 alpha-3 country code. */
  readonly country?: string;
  readonly plover?: string;
  /** ISO date: rows dated on or after it (event date, else publication date). */
  readonly since?: string;
  readonly until?: string;
  /** FTS5 query over document titles and texts. */
  readonly text?: string;
  /** Publisher / source name, or a prefix of the URL or origin. */
  readonly source?: string;
  readonly limit?: number;
}

/** The kinds of rows `query` returns. */
export type QueryKind = 'entities' | 'events' | 'claims' | 'documents';

/** A row of a query result: flat columns, ready for a table, JSON or CSV. */
export type QueryRow = Record<string, string | number | null>;

/** A document that needs (re)analysis: its id and the input to analyse. */
export interface PendingAnalysis {
  readonly id: number;
  readonly input: { id: string; text: string; title?: string; url?: string; source?: string; published?: string };
}

/** A bad input that was skipped, with its reason. */
export interface Rejection {
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
}

/** Counts for `sitrep stats`. */
export type StoreStats = Record<string, number | string | Record<string, number>>;

/**
 * The store port: documents with their versions and near-duplicate links, analyses with their
 * mention rows, bad inputs, and runs. app/ depends on this, never on a driver.
 */
export interface Store {
  /** True when a document with this normalised-text hash is stored (any version). */
  hasText(sha256: string): boolean;
  /** True when a document whose raw source (the page, file or line as read) has this hash is stored. */
  hasRaw(sha256: string): boolean;
  /** Writes a batch of documents (and their analyses) in one transaction. */
  saveBatch(runId: number, items: readonly { doc: NewDocument; analysis?: StoredAnalysis }[]): SaveOutcome[];
  /** Replaces a document's analysis and its rows. */
  saveAnalyses(runId: number, items: readonly { id: number; analysis: StoredAnalysis }[]): void;
  /** Records bad inputs (once per origin and reason). */
  saveRejections(runId: number, items: readonly Rejection[]): void;
  /** Documents whose analysis is missing or was made by another pipeline (duplicates excluded). */
  pendingAnalyses(pipelineHash: string, limit: number, afterId: number): PendingAnalysis[];
  /** How many documents `pendingAnalyses` would give in all, for progress reports. */
  pendingCount(pipelineHash: string): number;
  /** The analysis record of a document, its text restored. */
  getRecord(id: number): AnalysisRecord | undefined;
  /** Ids of the analysed, current, non-duplicate documents matching a filter, in id order. */
  findDocumentIds(filter: QueryFilter): number[];
  /** Rows of one kind matching a filter. */
  query(kind: QueryKind, filter: QueryFilter): QueryRow[];
  /** Diagnostics of one document. */
  diagnostics(id: number): Diagnostic[];
  beginRun(run: RunInfo): number;
  finishRun(id: number, counts: RunCounts, status: 'done' | 'failed'): void;
  stats(): StoreStats;
  close(): void;
}
