import { Worker } from 'node:worker_threads';
import { SitrepError } from '../core/errors.js';
import type { PipelineInfo } from '../core/record.js';
import { pipelineHash } from '../store/pipeline-hash.js';
import { createAnalyzer } from './analyze.js';
import { fromWire, type WireAnswer } from './result-wire.js';
import { runStoreJob, type StoreJob, type StoreJobResult } from './store-job.js';

/** Runs store jobs on worker threads (or inline), reporting the pipeline they analyse with. */
export interface AnalysisPool {
  /** The pipeline of the analyzers, known once the first worker is ready. */
  readonly pipeline: Promise<PipelineInfo>;
  /** Jobs started and not yet answered. */
  readonly busy: number;
  run(job: StoreJob): Promise<StoreJobResult>;
  close(): Promise<void>;
}

/**
 * A pool of `size` analysis threads, each with its own analyzer; `size` 0 analyses on the calling
 * thread (no start-up cost, for small batches and debugging; no time limit, as a job on the
 * calling thread cannot be stopped). Under tsx (tests, `node --import tsx`) the worker is the .ts
 * file and loads tsx itself; from dist it is the compiled .js.
 */
export function createAnalysisPool(size: number, options: PoolOptions = {}): AnalysisPool {
  return size <= 0 ? inlinePool() : threadPool(size, options);
}

/** Analyses on the calling thread, yielding to the event loop between jobs. */
function inlinePool(): AnalysisPool {
  const analyzer = createAnalyzer();
  const hash = pipelineHash(analyzer.pipeline);
  let busy = 0;
  return {
    pipeline: Promise.resolve(analyzer.pipeline),
    get busy() {
      return busy;
    },
    run(job) {
      busy++;
      return new Promise((resolve) => setImmediate(() => {
        busy--;
        try {
          resolve(runStoreJob(analyzer, hash, job));
        } catch (error) {
          resolve({ kind: 'failed', code: error instanceof SitrepError ? error.code : 'E_STAGE_FAILED', reason: String((error as Error).message ?? error) });
        }
      }));
    },
    close: async () => undefined,
  };
}

/**
 * Young generation of each analysis thread, in MB (V8's default is 32). The pipeline allocates
 * heavily per document; a larger nursery means fewer scavenges, which on two cores compete with
 * the analysis itself (measured: about 10% more documents per second, for up to 100 MB more memory per thread).
 * Measured again as CPU per document of the two analysis threads during an ingest of the Kremlin texts,
 * interleaved runs on a loaded machine: 32 MB cost more in all 4 rounds (mean 6.66 ms against 5.26);
 * 384 MB gained nothing (mean 7.47 against 6.57 in the same minutes).
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Worker code that registers tsx's loader, then imports the .ts worker: `--import tsx` in a worker's
 * execArgv does not reach its module loader on Node 20, registering from inside the thread does.
 */
const TSX_BOOT = (file: URL): string =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;

/** A job sent to a thread and the callback of its result. */
interface Sent {
  readonly job: StoreJob;
  readonly done: (result: StoreJobResult) => void;
}

/** One thread and the jobs it has been sent, oldest first (a thread answers in order). */
interface Slot {
  worker: Worker;
  /** The thread has loaded its analyzer: a job's clock runs only from then. */
  live: boolean;
  readonly pending: Map<number, Sent>;
  /** Stops the thread when its oldest job runs past its time limit. */
  watchdog?: NodeJS.Timeout;
}

/** Options of a thread pool. */
export interface PoolOptions {
  /** Time limit of one job in milliseconds, before the length allowance of `jobTimeLimit`. */
  readonly baseTimeoutMs?: number;
  /** The worker module (tests give one that imitates the analysis worker). */
  readonly workerFile?: URL;
}

/** Time a job gets before its thread is stopped: generous, since the limit only exists to catch a stage that never ends. */
const BASE_TIMEOUT_MS = 60_000;

/** The time limit of a job: the base, plus 1 ms per 50 characters (a 10 MB text gets over 3 minutes more). */
function jobTimeLimit(job: StoreJob, baseMs: number): number {
  const length = job.kind === 'ingest' ? job.article.input.text.length : job.kind === 'page' ? job.page.html.length : job.input.text.length;
  return baseMs + Math.ceil(length / 50);
}

/**
 * Worker threads, each job sent to the least busy one. A thread whose oldest job runs past its
 * time limit (a stage caught in a loop) is stopped and replaced: that job fails with
 * E_ANALYSIS_TIMEOUT and the jobs queued behind it go to the new thread, so an ingest never hangs.
 */
function threadPool(size: number, options: PoolOptions = {}): AnalysisPool {
  const typescript = import.meta.url.endsWith('.ts');
  const file = options.workerFile ?? new URL(`./analysis-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  const baseMs = options.baseTimeoutMs ?? BASE_TIMEOUT_MS;
  let announce: (info: PipelineInfo) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const pipeline = new Promise<PipelineInfo>((resolve, reject) => ((announce = resolve), (fail = reject)));
  pipeline.catch(() => undefined);
  let seq = 0;
  let busy = 0;
  let closing = false;
  let ready = false;
  const finish = (slot: Slot, id: number, result: StoreJobResult): void => {
    const sent = slot.pending.get(id);
    if (!sent) return;
    slot.pending.delete(id);
    busy--;
    sent.done(result);
  };
  // Why the watchdog follows the oldest pending job: a thread runs its jobs in the order sent, so
  // the oldest is the one running, and its clock starts when the one before it answered (or when a
  // new thread has loaded its analyzer, which can take seconds on a loaded machine).
  const watch = (slot: Slot): void => {
    clearTimeout(slot.watchdog);
    const oldest = slot.pending.entries().next();
    if (oldest.done || closing || !slot.live) return;
    const [id, { job }] = oldest.value;
    const limit = jobTimeLimit(job, baseMs);
    slot.watchdog = setTimeout(() => {
      const seconds = Math.round(limit / 1000);
      finish(slot, id, { kind: 'failed', code: 'E_ANALYSIS_TIMEOUT', reason: new SitrepError('E_ANALYSIS_TIMEOUT', { seconds }).message });
      restart(slot);
    }, limit);
    slot.watchdog.unref();
  };
  const restart = (slot: Slot): void => {
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => undefined);
    void old.terminate();
    slot.live = false;
    slot.worker = spawn(slot);
    for (const [id, { job }] of slot.pending) slot.worker.postMessage({ seq: id, job });
  };
  const spawn = (slot: Slot): Worker => {
    const limits = { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
    const worker = typescript && !options.workerFile ? new Worker(TSX_BOOT(file), { eval: true, ...limits }) : new Worker(file, limits);
    worker.on('message', (message: { ready: PipelineInfo } | WireAnswer) => {
      if ('ready' in message) {
        ready = slot.live = true;
        announce(message.ready);
        return watch(slot);
      }
      finish(slot, message.seq, fromWire(message));
      watch(slot);
    });
    // A thread that dies fails the job it was running (it becomes a rejection) and is replaced with
    // the jobs queued behind it, so the batch goes on; one that dies before it is ready fails them all.
    worker.on('error', (error) => {
      fail(error);
      clearTimeout(slot.watchdog);
      const reason = `analysis worker failed: ${error.message}`;
      const ids = [...slot.pending.keys()];
      for (const id of closing || !ready ? ids : ids.slice(0, 1)) finish(slot, id, { kind: 'failed', code: 'E_INTERNAL', reason });
      if (!closing && ready) restart(slot);
    });
    return worker;
  };
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot = { pending: new Map(), live: false } as Slot;
    slot.worker = spawn(slot);
    return slot;
  });
  return {
    pipeline,
    get busy() {
      return busy;
    },
    run(job) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = seq++;
      busy++;
      return new Promise((resolve) => {
        slot.pending.set(id, { job, done: resolve });
        slot.worker.postMessage({ seq: id, job });
        if (slot.pending.size === 1) watch(slot);
      });
    },
    async close() {
      closing = true;
      for (const slot of slots) clearTimeout(slot.watchdog);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
