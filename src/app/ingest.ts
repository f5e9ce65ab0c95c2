import { sha256 } from '../core/hash.js';
import type { IngestArticle, IngestPage } from '../ingest/article.js';
import { readSources, type SourceOptions } from '../ingest/read-sources.js';
import { pipelineHash } from '../store/pipeline-hash.js';
import type { Rejection, RunCounts, SaveOutcome, Store } from '../store/store.js';
import { normaliseText } from '../text/normalise.js';
import { VERSION } from '../version.js';
import { createAnalysisPool, type AnalysisPool } from './analysis-pool.js';
import { defaultWorkers } from './default-workers.js';
import { OrderedWriter, type MutableCounts } from './ordered-writer.js';
import type { StoreJob } from './store-job.js';

/** Options of `ingest`. */
export interface IngestOptions extends SourceOptions {
  /** Analysis threads; 0 analyses on the calling thread. One per core by default. */
  readonly workers?: number;
  readonly batchSize?: number;
  /** A pool to use instead of starting one (benchmarks time ingest without thread start-up); it is not closed. */
  readonly pool?: AnalysisPool;
  /** Called after every committed batch, with the running counts and the source bytes read so far. */
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** Progress of a running ingest. */
export interface IngestProgress {
  readonly counts: RunCounts;
  readonly bytes: number;
}

/** The result of an ingest: its run, its counts, and the inputs skipped with their reasons. */
export interface IngestSummary extends RunCounts {
  readonly runId: number;
  readonly rejected: readonly Rejection[];
}

/** Jobs in flight per worker: enough to keep threads busy while the writer commits (a commit or checkpoint stalls it), few enough to bound memory and what a kill loses. */
export const IN_FLIGHT_PER_WORKER = 16;

/**
 * Ingests articles from files, folders, URLs and stdin into the store: each text not yet stored is
 * analysed on a worker thread and written, in input order, by this thread in batched transactions.
 * A text already stored is counted unchanged without being analysed again, so re-running after a
 * crash only does what is missing. Bad inputs are recorded with their reason and skipped.
 */
export async function ingest(store: Store, sources: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const workers = options.workers ?? defaultWorkers();
  const pool = options.pool ?? createAnalysisPool(workers);
  const close = async (): Promise<void> => {
    if (!options.pool) await pool.close();
  };
  let info;
  try {
    info = await pool.pipeline;
  } catch (error) {
    await close();
    throw error;
  }
  const hash = pipelineHash(info);
  const runId = store.beginRun({ command: 'ingest', engineVersion: VERSION, pipelineHash: hash, pipeline: JSON.stringify(info) });
  const counts: MutableCounts = { added: 0, versions: 0, duplicates: 0, unchanged: 0, skipped: 0, analysed: 0 };
  const rejected: Rejection[] = [];
  let bytes = 0;
  const report = (_: readonly SaveOutcome[], r: readonly Rejection[]): void => {
    rejected.push(...r);
    options.onProgress?.({ counts: { ...counts }, bytes });
  };
  const writer = new OrderedWriter(store, runId, counts, report, options.batchSize);
  const seen = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  const limit = Math.max(1, workers) * IN_FLIGHT_PER_WORKER;
  let seq = 0;
  try {
    for await (const item of readSources(sources, options)) {
      bytes += item.bytes ?? 0;
      if ('rejected' in item) {
        writer.reject(item.rejected);
        continue;
      }
      if ('page' in item ? pageStored(store, seen, item.page) : alreadyStored(store, seen, item.article)) {
        counts.unchanged++;
        continue;
      }
      const mine = seq++;
      const origin = 'page' in item ? item.page.origin : item.article.origin;
      const work: StoreJob = 'page' in item ? { kind: 'page', page: item.page } : { kind: 'ingest', article: item.article };
      const job = pool.run(work).then((result) => writer.accept(mine, result, origin));
      inFlight.add(job);
      // The error of a failed write reaches the loop through race/all; this branch only forgets the job.
      job.finally(() => inFlight.delete(job)).catch(() => undefined);
      while (inFlight.size >= limit) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    writer.flush();
    store.finishRun(runId, counts, 'done');
  } catch (error) {
    store.finishRun(runId, counts, 'failed');
    throw error;
  } finally {
    await close();
  }
  return { runId, ...counts, rejected };
}

/**
 * True when this very page (same bytes) is stored or already queued. A page whose bytes changed
 * but whose article did not is extracted and analysed again, and then counted unchanged by the store.
 */
function pageStored(store: Store, seen: Set<string>, page: IngestPage): boolean {
  const hash = sha256(page.html);
  // Raw hashes share the seen set with text hashes, so they carry a prefix.
  const key = `raw:${hash}`;
  if (seen.has(key) || store.hasRaw(hash)) return true;
  seen.add(key);
  return false;
}

/** True when the article's normalised text is stored, or was already queued in this run. */
function alreadyStored(store: Store, seen: Set<string>, article: IngestArticle): boolean {
  const hash = sha256(normaliseText(article.input.text));
  if (seen.has(hash) || store.hasText(hash)) return true;
  seen.add(hash);
  return false;
}
