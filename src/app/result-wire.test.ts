import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deserialize, serialize } from 'node:v8';
import { MessageChannel } from 'node:worker_threads';
import { createAnalyzer } from './analyze.js';
import { fromWire, toWire } from './result-wire.js';
import { runStoreJob } from './store-job.js';

describe('app/result-wire', () => {
  const analyzer = createAnalyzer();
  const text = 'Russian forces shelled Kharkiv on Monday, killing 3 people, the governor said. Ukraine accused Moscow of war crimes.';

  it('gives back, across a structured clone, the very result of a job, rows and all', () => {
    const result = runStoreJob(analyzer, 'h', { kind: 'reanalyze', id: 7, input: { text, published: '2024-05-06' } });
    assert.ok(result.kind === 'reanalyze' && result.analysis.rows.entities.length > 0 && result.analysis.rows.events.length > 0);
    const wire = toWire(3, result).answer;
    assert.equal(typeof wire.rows, 'string');
    assert.deepEqual(fromWire(deserialize(serialize(wire))), result);
  });

  it('moves each blob of an ingest result in a buffer of exactly its size, the bytes unchanged', async () => {
    const raw = JSON.stringify({ text });
    const result = runStoreJob(analyzer, 'h', { kind: 'ingest', article: { origin: 'f#1', format: 'jsonl', input: { text }, raw } });
    assert.ok(result.kind === 'ingest');
    const { answer, transfer } = toWire(4, result);
    assert.ok(answer.result.kind === 'ingest');
    const { doc, analysis } = answer.result;
    for (const blob of [doc.raw, doc.minhash, analysis.record]) {
      assert.equal(blob.byteLength, blob.buffer.byteLength);
      assert.ok(transfer.includes(blob.buffer as ArrayBuffer));
    }
    assert.equal(new Set(transfer).size, transfer.length);
    // Copies first: moving a buffer detaches it here, and the signature moves without a copy.
    const expected = { raw: Buffer.from(result.doc.raw), record: Buffer.from(result.analysis.record), minhash: [...result.doc.minhash] };
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<unknown>((resolve) => port2.once('message', resolve));
    port1.postMessage(answer, transfer);
    const back = fromWire((await received) as typeof answer);
    port1.close();
    assert.ok(back.kind === 'ingest');
    assert.deepEqual(Buffer.from(back.doc.raw), expected.raw);
    assert.deepEqual(Buffer.from(back.analysis.record), expected.record);
    assert.deepEqual([...back.doc.minhash], expected.minhash);
    assert.deepEqual(back.analysis.rows, result.analysis.rows);
  });

  it('passes a rejection or failure through, and refuses an analysis without its rows', () => {
    const failed = { kind: 'failed', code: 'E_STAGE_FAILED', reason: 'x' } as const;
    assert.deepEqual(toWire(1, failed), { answer: { seq: 1, result: failed }, transfer: [] });
    assert.deepEqual(fromWire(toWire(1, failed).answer), failed);
    const lost = { seq: 2, result: { kind: 'reanalyze', id: 1, analysis: { pipelineHash: 'h', record: new Uint8Array(0) } } } as const;
    assert.throws(() => fromWire(lost), { code: 'E_INTERNAL' });
  });
});
