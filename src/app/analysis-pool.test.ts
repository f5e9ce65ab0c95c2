import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalysisPool } from './analysis-pool.js';

const STALLING = new URL('../../test/support/stalling-worker.mjs', import.meta.url);

describe('app/analysis-pool', () => {
  it('stops a thread whose job runs past its time limit, fails that job, and runs the jobs queued behind it', async () => {
    const pool = createAnalysisPool(1, { workerFile: STALLING, baseTimeoutMs: 500 });
    try {
      await pool.pipeline;
      const job = (id: number, text: string) => pool.run({ kind: 'reanalyze', id, input: { text } });
      const results = await Promise.all([job(1, 'fine'), job(2, 'STALL here'), job(3, 'fine again')]);
      assert.deepEqual(results.map((r) => r.kind), ['reanalyze', 'failed', 'reanalyze']);
      const failed = results[1]!;
      assert.ok(failed.kind === 'failed' && failed.code === 'E_ANALYSIS_TIMEOUT' && /longer than 1 s/.test(failed.reason));
      assert.equal(pool.busy, 0);
      // The replacement thread goes on taking work.
      assert.equal((await job(4, 'after')).kind, 'reanalyze');
    } finally {
      await pool.close();
    }
  });

  it('replaces a thread that dies, failing only the job it was running', async () => {
    const pool = createAnalysisPool(1, { workerFile: STALLING });
    try {
      await pool.pipeline;
      const job = (id: number, text: string) => pool.run({ kind: 'reanalyze', id, input: { text } });
      const results = await Promise.all([job(1, 'CRASH now'), job(2, 'fine')]);
      assert.deepEqual(results.map((r) => r.kind), ['failed', 'reanalyze']);
      assert.ok(results[0]!.kind === 'failed' && results[0]!.code === 'E_INTERNAL' && /crashed/.test(results[0]!.reason));
    } finally {
      await pool.close();
    }
  });
});
