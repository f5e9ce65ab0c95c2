/**
 * One round of the ingest measurement, in a fresh process: `node --import tsx bench/ingest-child.ts
 * WARM` starts a pool of one analysis thread per core, has each thread analyse the Kremlin texts WARM
 * times and runs one untimed ingest, then times the threads alone on one more pass and an ingest of
 * the texts into a new SQLite file, and prints both rates as JSON with the ingest's CPU per document,
 * its split by thread and the store's size per document. It runs the built `dist/`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalysisPool, type AnalysisPool } from '../dist/app/analysis-pool.js';
import { ingest, IN_FLIGHT_PER_WORKER } from '../dist/app/ingest.js';
import { SqliteStore } from '../dist/store/sqlite/sqlite-store.js';
import type { ArticleInput } from '../dist/pipeline/article-input.js';
import { kremlinLines } from './corpus.js';
import { cpuMs, splitThreads, threadCpuMs, type ThreadSplit } from './cpu-time.js';

/** What one round printed. */
export interface IngestRound {
  /** Documents per second of the analysis threads alone (no reading, no SQLite). */
  threadsPerSecond: number;
  /** Documents per second of the ingest into SQLite. */
  ingestPerSecond: number;
  /** CPU per document of the ingest, every thread of the process. */
  cpuMsPerDoc: number;
  /** That CPU by thread: the writer (main), the analysis threads, the rest. */
  threads: ThreadSplit;
  /** Bytes of the checkpointed store per document. */
  bytesPerDoc: number;
}

/**
 * Every input analysed on the pool's threads, sent as earlier ones finish with at most
 * IN_FLIGHT_PER_WORKER per thread in flight, as ingest sends them. Why not all at once: the pool then
 * deals them out in turn, and the thread that gets the longer texts runs on alone at the end.
 */
async function analyseOnThreads(pool: AnalysisPool, inputs: readonly ArticleInput[], workers: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < inputs.length) {
      const id = next++;
      await pool.run({ kind: 'reanalyze', id, input: inputs[id]! });
    }
  };
  await Promise.all(Array.from({ length: workers * IN_FLIGHT_PER_WORKER }, lane));
}

/** Warms a pool, then times the threads alone and one ingest (see the file's comment). */
async function measure(warmPasses: number): Promise<IngestRound> {
  const lines = kremlinLines();
  const inputs = lines.map((l) => JSON.parse(l) as ArticleInput);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-ingest-'));
  const workers = availableParallelism();
  const pool = createAnalysisPool(workers);
  try {
    const file = join(dir, 'kremlin.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    await pool.pipeline;
    // Why the pool's passes are counted per thread: each thread has its own JIT state, and each is to
    // have analysed the texts as often as the pinned analyzer it is compared with.
    for (let pass = 0; pass < warmPasses * workers; pass++) await analyseOnThreads(pool, inputs, workers);
    // Why one whole ingest before the clock starts: its own code (reading, storing, the jobs' extra
    // steps) is compiled during its first passes, as it is once in a long ingest.
    const warm = new SqliteStore(join(dir, 'warm.db'));
    await ingest(warm, [file], { maxBytes: 10 * 1024 * 1024, workers, pool });
    warm.close();
    let start = performance.now();
    await analyseOnThreads(pool, inputs, workers);
    const threadsPerSecond = inputs.length / ((performance.now() - start) / 1000);
    const path = join(dir, 'ingest.db');
    const store = new SqliteStore(path);
    start = performance.now();
    const cpu = process.cpuUsage();
    const before = threadCpuMs();
    const summary = await ingest(store, [file], { maxBytes: 10 * 1024 * 1024, workers, pool });
    const ingestPerSecond = summary.added / ((performance.now() - start) / 1000);
    const cpuMsPerDoc = cpuMs(process.cpuUsage(cpu)) / summary.added;
    const threads = splitThreads(before, threadCpuMs(), summary.added, workers);
    store.connection.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    return { threadsPerSecond, ingestPerSecond, cpuMsPerDoc, threads, bytesPerDoc: statSync(path).size / summary.added };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const [warmPasses = 6] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(await measure(warmPasses)) + '\n');
