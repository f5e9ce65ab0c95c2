import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { createAnalyzer } from './analyze.js';
import { fromWire, toWire } from './result-wire.js';
import { runStoreJob } from './store-job.js';

describe('app/result-wire', () => {
  const analyzer = createAnalyzer();
  const text = 'Russian forces shelled Kharkiv on Monday, killing 3 people, the governor said. Ukraine accused Moscow of war crimes.';

  it('gives back, across a structured clone, the very result of a job, rows and all', () => {
    const result = runStoreJob(analyzer, 'h', { kind: 'reanalyze', id: 7, input: { text, published: '2024-05-06' } });
    assert.ok(result.kind === 'reanalyze' && result.analysis.rows.entities.length > 0 && result.analysis.rows.events.length > 0);
    const wire = toWire(3, result);
    assert.equal(typeof wire.rows, 'string');
    assert.deepEqual(fromWire(deserialize(serialize(wire))), result);
  });

  it('passes a rejection or failure through, and refuses an analysis without its rows', () => {
    const failed = { kind: 'failed', code: 'E_STAGE_FAILED', reason: 'x' } as const;
    assert.deepEqual(toWire(1, failed), { seq: 1, result: failed });
    assert.deepEqual(fromWire(toWire(1, failed)), failed);
    const lost = { seq: 2, result: { kind: 'reanalyze', id: 1, analysis: { pipelineHash: 'h', record: new Uint8Array(0) } } } as const;
    assert.throws(() => fromWire(lost), { code: 'E_INTERNAL' });
  });
});
