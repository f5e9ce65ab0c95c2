import Database from 'better-sqlite3';
import type { Diagnostic } from '../../core/diagnostic.js';
import { SitrepError } from '../../core/errors.js';
import type { AnalysisRecord } from '../../core/record.js';
import { BANDS, bandKeys, jaccardEstimate, NEAR_DUPLICATE_THRESHOLD } from '../../ingest/minhash.js';
import { decodeRecord, unpackText } from '../record-blob.js';
import { ROW_COLUMNS, type AnalysisRows } from '../record-rows.js';
import type {
  NewDocument, PendingAnalysis, QueryFilter, QueryKind, QueryRow, Rejection, RunCounts, RunInfo, SaveOutcome,
  Store, StoreStats, StoredAnalysis,
} from '../store.js';
import { migrate } from './migrate.js';
import { DEFAULT_LIMIT, documentIdsSql, querySql, type TextPlan } from './query-sql.js';
import { storeStats } from './store-stats.js';

/** Layers with a mention table, in the order rows are written. */
const LAYERS = Object.keys(ROW_COLUMNS) as (keyof AnalysisRows)[];

/**
 * How many times a full-text lookup of one document costs what reading one matching document's
 * events does, for the choice of plan (measured on 100,000 documents: about 20 µs against 2 µs, and
 * each side of the query probes).
 */
const PROBE_WEIGHT = 20;

/** Candidates from the LSH bands compared in full, best first. */
const MAX_CANDIDATES = 8;

/**
 * The SQLite store (better-sqlite3): WAL so readers never block the writer and a killed process
 * never corrupts the file, synchronous=NORMAL (durable across process crashes; only a power cut can
 * lose the last commits), foreign keys on. Every write is one transaction.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly now: () => string;
  private readonly statements;
  private readonly insertRows: Record<keyof AnalysisRows, Database.Statement>;

  constructor(path: string, options: { readonly now?: () => string } = {}) {
    this.now = options.now ?? (() => new Date().toISOString());
    try {
      this.db = new Database(path);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 10000');
    } catch (error) {
      throw new SitrepError('E_STORE_OPEN', { path, detail: (error as Error).message }, { cause: error });
    }
    migrate(this.db, this.now);
    const db = this.db;
    this.statements = {
      bySha: db.prepare('SELECT id FROM documents WHERE sha256 = ?').pluck(),
      byRawSha: db.prepare('SELECT id FROM documents WHERE raw_sha256 = ? LIMIT 1').pluck(),
      currentByKey: db.prepare('SELECT id, version FROM documents WHERE key = ? AND current = 1'),
      retire: db.prepare('UPDATE documents SET current = 0 WHERE id = ?'),
      insertDocument: db.prepare(
        `INSERT INTO documents (doc_id, key, origin, format, title, url, source, byline, published, sha256, raw_sha256, text,
           raw, input, minhash, version, previous_id, duplicate_of, similarity, run_id, ingested_at)
         VALUES (@docId, @key, @origin, @format, @title, @url, @source, @byline, @published, @sha256, @rawSha256, @text,
           @raw, @input, @minhash, @version, @previousId, @duplicateOf, @similarity, @runId, @at)`,
      ),
      indexText: db.prepare('INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id > ? ORDER BY id'),
      // Why one statement for all of a document's bands, and a fixed-arity IN: one bind and step instead of
      // one per band, and no JSON text to build and parse (every signature has BANDS keys).
      insertBands: db.prepare(`INSERT OR IGNORE INTO doc_bands (band, document_id) VALUES ${Array.from({ length: BANDS }, () => '(?, @id)').join(', ')}`),
      candidates: db.prepare(
        `SELECT document_id AS id, count(*) AS n FROM doc_bands WHERE band IN (${Array.from({ length: BANDS }, () => '?').join(', ')})
         GROUP BY document_id ORDER BY n DESC, document_id LIMIT ${MAX_CANDIDATES}`,
      ),
      minhashOf: db.prepare('SELECT minhash, duplicate_of AS duplicateOf FROM documents WHERE id = ?'),
      upsertAnalysis: db.prepare(
        `INSERT INTO analyses (document_id, pipeline_hash, run_id, record, analysed_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (document_id) DO UPDATE SET pipeline_hash = excluded.pipeline_hash, run_id = excluded.run_id,
           record = excluded.record, analysed_at = excluded.analysed_at`,
      ),
      rejection: db.prepare(
        `INSERT INTO rejections (origin, code, reason, run_id, at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (origin, code) DO UPDATE SET reason = excluded.reason, run_id = excluded.run_id, at = excluded.at`,
      ),
      pending: db.prepare(
        `SELECT d.id, d.doc_id AS docId, d.text, d.input, d.title, d.url, d.source, d.published FROM documents d
         LEFT JOIN analyses a ON a.document_id = d.id
         WHERE d.duplicate_of IS NULL AND d.current = 1 AND d.id > ? AND (a.pipeline_hash IS NULL OR a.pipeline_hash <> ?)
         ORDER BY d.id LIMIT ?`,
      ),
      pendingCount: db.prepare(
        `SELECT count(*) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id
         WHERE d.duplicate_of IS NULL AND d.current = 1 AND (a.pipeline_hash IS NULL OR a.pipeline_hash <> ?)`,
      ).pluck(),
      record: db.prepare('SELECT a.record, d.text FROM analyses a JOIN documents d ON d.id = a.document_id WHERE a.document_id = ?'),
      lastDocument: db.prepare('SELECT max(id) FROM documents').pluck(),
      textHits: db.prepare('SELECT count(*) FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT ?)').pluck(),
      diagnostics: db.prepare('SELECT code, severity, stage, message, start, "end" FROM diagnostics WHERE document_id = ? ORDER BY rowid'),
      beginRun: db.prepare(
        'INSERT INTO runs (command, started_at, engine_version, pipeline_hash, pipeline) VALUES (?, ?, ?, ?, ?)',
      ),
      finishRun: db.prepare(
        `UPDATE runs SET finished_at = ?, status = ?, added = ?, versions = ?, duplicates = ?, unchanged = ?, skipped = ?,
           analysed = ? WHERE id = ?`,
      ),
    };
    this.insertRows = Object.fromEntries(
      LAYERS.map((layer) => {
        const columns = ['document_id', ...ROW_COLUMNS[layer]];
        const sql = `INSERT INTO ${layer} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
        return [layer, db.prepare(sql)];
      }),
    ) as Record<keyof AnalysisRows, Database.Statement>;
  }

  /** The underlying connection, for benchmarks and tests that need raw SQL. */
  get connection(): Database.Database {
    return this.db;
  }

  hasText(sha256: string): boolean {
    return this.statements.bySha.get(sha256) !== undefined;
  }

  hasRaw(sha256: string): boolean {
    return this.statements.byRawSha.get(sha256) !== undefined;
  }

  /**
   * Saves documents in one transaction. Why their full-text entries come last, in one statement: FTS5
   * writes out its pending terms at every statement savepoint, so entries added with each document
   * would each become an index segment to merge; added last, the batch's entries become one.
   */
  saveBatch(runId: number, items: readonly { doc: NewDocument; analysis?: StoredAnalysis }[]): SaveOutcome[] {
    return this.db.transaction(() => {
      const before = (this.statements.lastDocument.get() as number | null) ?? 0;
      const outcomes = items.map((item) => this.saveOne(runId, item.doc, item.analysis));
      this.statements.indexText.run(before);
      return outcomes;
    }).immediate();
  }

  saveAnalyses(runId: number, items: readonly { id: number; analysis: StoredAnalysis }[]): void {
    this.db.transaction(() => {
      for (const item of items) this.writeAnalysis(runId, item.id, item.analysis, true);
    }).immediate();
  }

  saveRejections(runId: number, items: readonly Rejection[]): void {
    const at = this.now();
    this.db.transaction(() => {
      for (const r of items) this.statements.rejection.run(r.origin, r.code, r.reason, runId, at);
    }).immediate();
  }

  pendingAnalyses(pipelineHash: string, limit: number, afterId: number): PendingAnalysis[] {
    const rows = this.statements.pending.all(afterId, pipelineHash, limit) as {
      id: number; docId: string; text: string; input: Uint8Array | null; title: string | null; url: string | null;
      source: string | null; published: string | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      input: {
        id: r.docId,
        text: r.input ? unpackText(r.input) : r.text,
        ...(r.title !== null && { title: r.title }),
        ...(r.url !== null && { url: r.url }),
        ...(r.source !== null && { source: r.source }),
        ...(r.published !== null && { published: r.published }),
      },
    }));
  }

  pendingCount(pipelineHash: string): number {
    return this.statements.pendingCount.get(pipelineHash) as number;
  }

  getRecord(id: number): AnalysisRecord | undefined {
    const row = this.statements.record.get(id) as { record: Uint8Array; text: string } | undefined;
    return row ? decodeRecord(row.record, row.text) : undefined;
  }

  findDocumentIds(filter: QueryFilter): number[] {
    const { sql, params } = documentIdsSql(filter);
    return searching(filter, () => this.db.prepare(sql).pluck().all(...params) as number[]);
  }

  query(kind: QueryKind, filter: QueryFilter): QueryRow[] {
    return searching(filter, () => {
      const limit = filter.limit ?? DEFAULT_LIMIT;
      const plan = kind === 'events' && filter.country && filter.text && limit > 0 ? this.textPlan(filter.text, limit) : undefined;
      const { sql, params } = querySql(kind, filter, plan);
      return this.db.prepare(sql).all(...params) as QueryRow[];
    });
  }

  /**
   * The cheaper plan for a country's events that match a text. Probing costs about `limit × documents / hits`
   * index lookups, starting from the matches about `hits` documents read; they cost the same at
   * hits = sqrt(PROBE_WEIGHT × limit × documents), so the matches are counted up to that number and no further.
   */
  private textPlan(text: string, limit: number): TextPlan {
    const documents = (this.statements.lastDocument.get() as number | null) ?? 0;
    const cap = Math.max(1, Math.ceil(Math.sqrt(PROBE_WEIGHT * limit * documents)));
    return (this.statements.textHits.get(text, cap) as number) >= cap ? 'probe' : 'documents';
  }

  diagnostics(id: number): Diagnostic[] {
    const rows = this.statements.diagnostics.all(id) as (Diagnostic & { start: number | null; end: number | null })[];
    return rows.map(({ start, end, ...d }) => ({ ...d, ...(start !== null && { start }), ...(end !== null && { end }) }));
  }

  beginRun(run: RunInfo): number {
    const info = this.statements.beginRun.run(run.command, this.now(), run.engineVersion, run.pipelineHash, run.pipeline);
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, c: RunCounts, status: 'done' | 'failed'): void {
    this.statements.finishRun.run(this.now(), status, c.added, c.versions, c.duplicates, c.unchanged, c.skipped, c.analysed, id);
  }

  stats(): StoreStats {
    return storeStats(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Stores one document: unchanged when its text is known, a new version when its key is, else new (maybe a near-copy). */
  private saveOne(runId: number, doc: NewDocument, analysis: StoredAnalysis | undefined): SaveOutcome {
    const s = this.statements;
    const existing = s.bySha.get(doc.sha256) as number | undefined;
    if (existing !== undefined) return { kind: 'unchanged', id: existing };
    const previous = s.currentByKey.get(doc.key) as { id: number; version: number } | undefined;
    const duplicate = previous ? undefined : this.nearDuplicate(doc.minhash);
    if (previous) s.retire.run(previous.id);
    const id = Number(
      s.insertDocument.run({
        docId: doc.docId, key: doc.key, origin: doc.origin, format: doc.format, title: doc.title ?? null, url: doc.url ?? null,
        source: doc.source ?? null, byline: doc.byline ?? null, published: doc.published ?? null, sha256: doc.sha256,
        rawSha256: doc.rawSha256, text: doc.text, raw: doc.raw, input: doc.input ?? null,
        minhash: doc.minhash.length > 0 ? Buffer.from(doc.minhash.buffer, doc.minhash.byteOffset, doc.minhash.byteLength) : null,
        version: previous ? previous.version + 1 : 1, previousId: previous?.id ?? null,
        duplicateOf: duplicate?.of ?? null, similarity: duplicate?.similarity ?? null, runId, at: this.now(),
      }).lastInsertRowid,
    );
    if (duplicate) return { kind: 'duplicate', id, ...duplicate };
    const bands = bandKeys(doc.minhash);
    if (bands.length === BANDS) s.insertBands.run(...bands, { id });
    if (analysis) this.writeAnalysis(runId, id, analysis, false);
    return previous ? { kind: 'version', id, previous: previous.id, version: previous.version + 1 } : { kind: 'added', id };
  }

  /** The stored report this signature nearly copies (the original, never a copy), if any. */
  private nearDuplicate(signature: Uint32Array): { of: number; similarity: number } | undefined {
    const keys = bandKeys(signature);
    if (keys.length === 0) return undefined;
    let best: { of: number; similarity: number } | undefined;
    for (const { id } of this.statements.candidates.all(...keys) as { id: number }[]) {
      const row = this.statements.minhashOf.get(id) as { minhash: Buffer | null; duplicateOf: number | null };
      if (!row.minhash) continue;
      const other = new Uint32Array(row.minhash.buffer.slice(row.minhash.byteOffset, row.minhash.byteOffset + row.minhash.byteLength));
      const similarity = jaccardEstimate(signature, other);
      if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
        best = { of: row.duplicateOf ?? id, similarity };
      }
    }
    return best;
  }

  /** Writes an analysis and its rows; `replace` first deletes the rows of an earlier analysis. */
  private writeAnalysis(runId: number, id: number, analysis: StoredAnalysis, replace: boolean): void {
    if (replace) for (const layer of LAYERS) this.db.prepare(`DELETE FROM ${layer} WHERE document_id = ?`).run(id);
    this.statements.upsertAnalysis.run(id, analysis.pipelineHash, runId, analysis.record, this.now());
    for (const layer of LAYERS) {
      const insert = this.insertRows[layer];
      for (const row of analysis.rows[layer]) insert.run(id, ...row);
    }
  }
}

/** Runs a query, turning a full-text syntax error (a user's `--text`) into a usage error. */
function searching<T>(filter: QueryFilter, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (filter.text !== undefined && /fts5|MATCH/i.test((error as Error).message)) {
      throw new SitrepError('E_USAGE', { detail: `--text "${filter.text}": ${(error as Error).message}` });
    }
    throw error;
  }
}
