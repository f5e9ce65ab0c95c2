import { sha256 } from '../../src/core/hash.js';
import type { EntityMention, Event } from '../../src/core/mention.js';
import { RECORD_SCHEMA, type AnalysisRecord } from '../../src/core/record.js';
import { minhashSignature } from '../../src/ingest/minhash.js';
import { encodeRecord, packText } from '../../src/store/record-blob.js';
import { recordRows } from '../../src/store/record-rows.js';
import type { NewDocument, StoredAnalysis } from '../../src/store/store.js';

/** A hand-made event with the fields a query reads. */
export function event(id: string, plover: string, source: [string, string, string], target: [string, string, string], time?: string): Event {
  return {
    id, sentence: 0, trigger: { start: 0, end: 4, text: 'word' }, plover, cameo: '190', quad: 4, goldstein: -10,
    source: { entities: [source[0]], actor: source[1], text: source[2] },
    target: { entities: [target[0]], actor: target[1], text: target[2] },
    ...(time && { time: { time: 't1', value: time } }),
    status: 'occurred', confidence: 0.8,
  };
}

/** A hand-made entity mention. */
export function entity(id: string, entityId: string, name: string, country: string, actor: string, start = 0): EntityMention {
  return { id, start, end: start + 4, text: 'word', confidence: 0.9, rule: 'test/hand', type: 'GPE', entity: entityId, name, country, actor };
}

/** A record with hand-filled layers over `text`. */
export function handRecord(id: string, text: string, layers: Partial<Pick<AnalysisRecord, 'entities' | 'events'>> & { published?: string; source?: string }): AnalysisRecord {
  return {
    schema: RECORD_SCHEMA,
    doc: { id, ...(layers.source && { source: layers.source }), ...(layers.published && { published: layers.published }), language: 'en', sha256: sha256(text), rawSha256: sha256(text), length: text.length },
    text,
    sentences: [{ start: 0, end: text.length }],
    entities: layers.entities ?? [],
    times: [],
    quantities: [],
    claims: [],
    events: layers.events ?? [],
    diagnostics: [{ code: 'test/note', severity: 'info', stage: 'test', message: 'hand-made' }],
    pipeline: { version: '0.0.0', stages: [{ name: 'hand', version: '1' }] },
  };
}

/** The document and stored analysis of a record, as a worker would make them. */
export function storedPair(record: AnalysisRecord, key: string, pipelineHash = 'hash-a'): { doc: NewDocument; analysis: StoredAnalysis } {
  return {
    doc: {
      docId: record.doc.id, key, origin: key, format: 'text', sha256: record.doc.sha256, rawSha256: record.doc.rawSha256,
      text: record.text, raw: packText(record.text), minhash: minhashSignature(record.text),
      ...(record.doc.source && { source: record.doc.source }), ...(record.doc.published && { published: record.doc.published }),
    },
    analysis: { pipelineHash, record: encodeRecord(record), rows: recordRows(record) },
  };
}

/** A long pseudo-article of `n` distinct words, seeded, for near-duplicate tests. */
export function longText(seed: number, n = 200): string {
  let x = seed;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    words.push(`w${(x >>> 8) % 5000}`);
  }
  return words.join(' ') + '.';
}
