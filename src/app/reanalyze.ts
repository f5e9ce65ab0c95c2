import type { PendingAnalysis, Store } from '../store/store.js';
import { pipelineHash } from '../store/pipeline-hash.js';
import { VERSION } from '../version.js';
import { createAnalysisPool } from './analysis-pool.js';
import { defaultWorkers } from './default-workers.js';

/** Options of `reanalyze`. */
export interface ReanalyzeOptions {
  readonly workers?: number;
  readonly batchSize?: number;
  /** Called once the work is counted (done 0) and after every written page. */
  readonly onProgress?: (progress: ReanalyzeProgress) => void;
}

/** Progress of a running reanalysis: documents analysed and failed so far, of `total`. */
export interface ReanalyzeProgress {
  readonly analysed: number;
  readonly failed: number;
  readonly total: number;
}

/** The result of a reanalysis run. */
export interface ReanalyzeSummary {
  readonly runId: number;
  readonly pipelineHash: string;
  readonly analysed: number;
  readonly failed: number;
}

/** Documents read from the store per page. */
const PAGE = 256;

/**
 * Analyses again every current document whose stored analysis was made by another pipeline (or is
 * missing), on worker threads, replacing its record and rows in batched transactions. Stops when
 * none is left, so a killed run is finished by running it again.
 */
export async function reanalyze(store: Store, options: ReanalyzeOptions = {}): Promise<ReanalyzeSummary> {
  const pool = createAnalysisPool(options.workers ?? defaultWorkers());
  let analysed = 0;
  let failed = 0;
  let runId = 0;
  let hash = '';
  try {
    const info = await pool.pipeline;
    hash = pipelineHash(info);
    runId = store.beginRun({ command: 'reanalyze', engineVersion: VERSION, pipelineHash: hash, pipeline: JSON.stringify(info) });
    const total = store.pendingCount(hash);
    options.onProgress?.({ analysed, failed, total });
    let after = 0;
    for (let page = store.pendingAnalyses(hash, PAGE, after); page.length > 0; page = store.pendingAnalyses(hash, PAGE, after)) {
      after = page[page.length - 1]!.id;
      const results = await Promise.all(page.map((p: PendingAnalysis) => pool.run({ kind: 'reanalyze', id: p.id, input: p.input })));
      const batch = results.flatMap((r) => (r.kind === 'reanalyze' ? [{ id: r.id, analysis: r.analysis }] : []));
      failed += results.length - batch.length;
      store.saveAnalyses(runId, batch);
      analysed += batch.length;
      options.onProgress?.({ analysed, failed, total });
    }
    store.finishRun(runId, { added: 0, versions: 0, duplicates: 0, unchanged: 0, skipped: failed, analysed }, 'done');
  } finally {
    await pool.close();
  }
  return { runId, pipelineHash: hash, analysed, failed };
}
