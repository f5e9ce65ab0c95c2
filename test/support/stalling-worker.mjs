// A stand-in for the analysis worker (same messages): it answers every job at once, except a job
// whose text contains STALL, on which it loops for ever, as a stage caught in a loop would, and one
// whose text contains CRASH, on which the thread dies.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: { version: 'test', stages: [] } });
parentPort.on('message', ({ seq, job }) => {
  if (job.input.text.includes('STALL')) for (;;);
  if (job.input.text.includes('CRASH')) throw new Error('crashed');
  parentPort.postMessage({ seq, result: { kind: 'reanalyze', id: job.id, analysis: { pipelineHash: 'test', record: new Uint8Array(0) } }, rows: '{}' });
});
