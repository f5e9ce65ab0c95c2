import { Worker } from 'node:worker_threads';
import { SitrepError } from '../core/errors.js';
import type { PipelineInfo } from '../core/record.js';
import { pipelineHash } from '../store/pipeline-hash.js';
import { createAnalyzer } from './analyze.js';
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
 * thread (no start-up cost, for small batches and debugging). Under tsx (tests, `node --import tsx`)
 * the worker is the .ts file and loads tsx itself; from dist it is the compiled .js.
 */
export function createAnalysisPool(size: number): AnalysisPool {
  return size <= 0 ? inlinePool() : threadPool(size);
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
 */
const YOUNG_GENERATION_MB = 192;

/**
 * Worker code that registers tsx's loader, then imports the .ts worker: `--import tsx` in a worker's
 * execArgv does not reach its module loader on Node 20, registering from inside the thread does.
 */
const TSX_BOOT = (file: URL): string =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;

/** One thread and the jobs it has been sent. */
interface Slot {
  worker: Worker;
  readonly pending: Map<number, (result: StoreJobResult) => void>;
}

/** Worker threads, each job sent to the least busy one. */
function threadPool(size: number): AnalysisPool {
  const typescript = import.meta.url.endsWith('.ts');
  const file = new URL(`./analysis-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  let announce: (info: PipelineInfo) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const pipeline = new Promise<PipelineInfo>((resolve, reject) => ((announce = resolve), (fail = reject)));
  pipeline.catch(() => undefined);
  let seq = 0;
  let busy = 0;
  let closing = false;
  let ready = false;
  const spawn = (slot: Slot): Worker => {
    const limits = { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
    const worker = typescript ? new Worker(TSX_BOOT(file), { eval: true, ...limits }) : new Worker(file, limits);
    worker.on('message', (message: { ready?: PipelineInfo; seq?: number; result?: StoreJobResult }) => {
      if (message.ready) return (ready = true), announce(message.ready);
      const done = slot.pending.get(message.seq!);
      slot.pending.delete(message.seq!);
      busy--;
      done?.(message.result!);
    });
    // A thread that dies fails its jobs (they become rejections) and is replaced, so the batch goes on.
    worker.on('error', (error) => {
      fail(error);
      for (const done of slot.pending.values()) (busy--, done({ kind: 'failed', code: 'E_INTERNAL', reason: `analysis worker failed: ${error.message}` }));
      slot.pending.clear();
      if (!closing && ready) slot.worker = spawn(slot);
    });
    return worker;
  };
  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot = { pending: new Map() } as Slot;
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
        slot.pending.set(id, resolve);
        slot.worker.postMessage({ seq: id, job });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
