import { parentPort } from 'node:worker_threads';
import { SitrepError } from '../core/errors.js';
import { pipelineHash } from '../store/pipeline-hash.js';
import { createAnalyzer } from './analyze.js';
import { toWire } from './result-wire.js';
import { runStoreJob, type StoreJob } from './store-job.js';

/**
 * The body of an analysis worker thread: one analyzer per thread (wink allows one per process
 * context, and a worker is its own context), announced with its pipeline, then one reply per job.
 */
const port = parentPort;
if (port) {
  const analyzer = createAnalyzer();
  const hash = pipelineHash(analyzer.pipeline);
  port.postMessage({ ready: analyzer.pipeline });
  port.on('message', (message: { seq: number; job: StoreJob }) => {
    try {
      const { answer, transfer } = toWire(message.seq, runStoreJob(analyzer, hash, message.job));
      port.postMessage(answer, transfer);
    } catch (error) {
      const code = error instanceof SitrepError ? error.code : 'E_STAGE_FAILED';
      port.postMessage({ seq: message.seq, result: { kind: 'failed', code, reason: error instanceof Error ? error.message : String(error) } });
    }
  });
}
