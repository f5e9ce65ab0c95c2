import { SitrepError } from '../core/errors.js';
import type { AnalysisRows } from '../store/record-rows.js';
import type { NewDocument } from '../store/store.js';
import type { StoreJobResult } from './store-job.js';

/**
 * A job's answer as it crosses from an analysis thread to the writer: the result, with the rows of
 * its analysis moved out as one JSON text. Why JSON: V8's structured clone rebuilds the ~35 small
 * arrays of strings of a Kremlin text in 0.56 M instructions on the writer's thread, JSON.parse in
 * 0.21 M (callgrind), and the writer's thread is the one that also runs every SQL statement.
 */
export interface WireAnswer {
  readonly seq: number;
  readonly result: WithoutRows<StoreJobResult>;
  readonly rows?: string;
}

/** A result whose analysis, if it has one, lacks its rows. */
type WithoutRows<R> = R extends { readonly analysis: infer A } ? Omit<R, 'analysis'> & { readonly analysis: Omit<A, 'rows'> } : R;

/** The answer to job `seq` as an analysis thread posts it, and the buffers to move with it (see `ownBuffer`). */
export function toWire(seq: number, result: StoreJobResult): { answer: WireAnswer; transfer: ArrayBuffer[] } {
  if (result.kind !== 'ingest' && result.kind !== 'reanalyze') return { answer: { seq, result }, transfer: [] };
  const transfer: ArrayBuffer[] = [];
  const { rows, ...analysis } = result.analysis;
  const stored = { ...analysis, record: ownBuffer(analysis.record, transfer) };
  const answer: WireAnswer =
    result.kind === 'ingest'
      ? { seq, result: { ...result, doc: ownBuffers(result.doc, transfer), analysis: stored }, rows: JSON.stringify(rows) }
      : { seq, result: { ...result, analysis: stored }, rows: JSON.stringify(rows) };
  return { answer, transfer };
}

/** The document with its blobs and signature each in a buffer of its own, listed in `transfer`. */
function ownBuffers(doc: NewDocument, transfer: ArrayBuffer[]): NewDocument {
  return {
    ...doc,
    raw: ownBuffer(doc.raw, transfer),
    ...(doc.input !== undefined && { input: ownBuffer(doc.input, transfer) }),
    minhash: ownBuffer(doc.minhash, transfer),
  };
}

/**
 * An array in a buffer of exactly its size, which is listed in `transfer` to be moved, not copied,
 * to the writer's thread. Why: zlib's sync output is a view of 1-2 KB on a 16 KB chunk, and a
 * structured clone copies a view's whole buffer, so each document sent two 16 KB buffers that the
 * writer's thread allocated as external memory, and its collector then had to reclaim.
 */
function ownBuffer<T extends Uint8Array | Uint32Array>(array: T, transfer: ArrayBuffer[]): T {
  const whole = array.byteOffset === 0 && array.byteLength === array.buffer.byteLength && !transfer.includes(array.buffer as ArrayBuffer);
  // Why the typed arrays' own slice: a Buffer's slice is a view on the same memory, not a copy.
  const own = whole ? array : (TYPED_SLICE.call(array) as T);
  transfer.push(own.buffer as ArrayBuffer);
  return own;
}

/** `%TypedArray%.prototype.slice`: a copy in a new buffer of exactly its length, for any typed array (a Buffer too). */
const TYPED_SLICE = (Object.getPrototypeOf(Uint8Array.prototype) as { slice: (this: Uint8Array | Uint32Array) => Uint8Array | Uint32Array }).slice;

/** The result of an answer, its rows restored. */
export function fromWire(answer: WireAnswer): StoreJobResult {
  const { result, rows } = answer;
  if (result.kind !== 'ingest' && result.kind !== 'reanalyze') return result;
  if (rows === undefined) throw new SitrepError('E_INTERNAL', { detail: `analysis thread answered job ${answer.seq} without its rows` });
  return { ...result, analysis: { ...result.analysis, rows: JSON.parse(rows) as AnalysisRows } };
}
