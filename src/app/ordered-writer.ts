import type { NewDocument, Rejection, RunCounts, SaveOutcome, Store, StoredAnalysis } from '../store/store.js';
import type { StoreJobResult } from './store-job.js';

/** Largest batch written in one transaction. */
const DEFAULT_BATCH = 64;

/** Longest a finished document waits before its batch is written, in milliseconds. */
const MAX_WAIT_MS = 250;

/** Counts of a run, updated as batches commit. */
export type MutableCounts = { -readonly [K in keyof RunCounts]: RunCounts[K] };

/**
 * The one writer of an ingest: results arrive out of order from the workers and are written in
 * input order (so versions, near-duplicates and ids do not depend on thread timing), in batched
 * transactions. A kill loses only the batch not yet committed; the store stays consistent.
 */
export class OrderedWriter {
  private readonly waiting = new Map<number, { result: StoreJobResult; origin: string }>();
  private batch: { doc: NewDocument; analysis?: StoredAnalysis }[] = [];
  private rejections: Rejection[] = [];
  private next = 0;
  private lastFlush = Date.now();

  constructor(
    private readonly store: Store,
    private readonly runId: number,
    private readonly counts: MutableCounts,
    private readonly onWrite: (outcomes: readonly SaveOutcome[], rejected: readonly Rejection[]) => void = () => undefined,
    private readonly batchSize = DEFAULT_BATCH,
  ) {}

  /** Takes the result of job number `seq` (numbered from 0 in input order). */
  accept(seq: number, result: StoreJobResult, origin: string): void {
    this.waiting.set(seq, { result, origin });
    for (let w = this.waiting.get(this.next); w !== undefined; w = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next++;
      const r = w.result;
      if (r.kind === 'ingest') this.batch.push({ doc: r.doc, analysis: r.analysis });
      else if (r.kind === 'rejected') this.rejections.push(r.rejection);
      else if (r.kind === 'failed') this.rejections.push({ origin: w.origin, code: r.code, reason: `${w.origin}: ${r.reason}` });
    }
    if (this.batch.length >= this.batchSize || Date.now() - this.lastFlush >= MAX_WAIT_MS) this.flush();
  }

  /** Records an input skipped before analysis. */
  reject(rejection: Rejection): void {
    this.rejections.push(rejection);
    if (this.rejections.length >= this.batchSize) this.flush();
  }

  /** Writes what is ready. */
  flush(): void {
    this.lastFlush = Date.now();
    const rejected = this.rejections;
    if (rejected.length > 0) {
      this.rejections = [];
      this.store.saveRejections(this.runId, rejected);
      this.counts.skipped += rejected.length;
    }
    const outcomes = this.batch.length > 0 ? this.store.saveBatch(this.runId, this.batch) : [];
    this.batch = [];
    for (const o of outcomes) {
      if (o.kind === 'added') (this.counts.added++, this.counts.analysed++);
      else if (o.kind === 'version') (this.counts.versions++, this.counts.analysed++);
      else if (o.kind === 'duplicate') this.counts.duplicates++;
      else this.counts.unchanged++;
    }
    if (outcomes.length > 0 || rejected.length > 0) this.onWrite(outcomes, rejected);
  }
}
