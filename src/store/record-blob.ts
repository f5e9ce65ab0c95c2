import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { AnalysisRecord } from '../core/record.js';

/** Fast deflate: records are JSON with much repetition, so level 1 already shrinks them several times. */
const LEVEL = 1;

/**
 * The record as stored: JSON with `text` emptied (the document row holds the text), deflated.
 * Key order is kept, so `decodeRecord` gives back the same JSON, byte for byte.
 */
export function encodeRecord(record: AnalysisRecord): Uint8Array {
  return deflateRawSync(JSON.stringify({ ...record, text: '' }), { level: LEVEL });
}

/** The record from its stored form and its document's text. */
export function decodeRecord(blob: Uint8Array, text: string): AnalysisRecord {
  const record = JSON.parse(inflateRawSync(blob).toString('utf8')) as { text: string };
  record.text = text;
  return record as unknown as AnalysisRecord;
}

/** A string deflated for storage (raw sources, inputs). */
export function packText(text: string): Uint8Array {
  return deflateRawSync(text, { level: LEVEL });
}

/** The string back from `packText`. */
export function unpackText(blob: Uint8Array): string {
  return inflateRawSync(blob).toString('utf8');
}
