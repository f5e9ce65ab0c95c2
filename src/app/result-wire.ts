import { SitrepError } from '../core/errors.js';
import type { AnalysisRows } from '../store/record-rows.js';
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

/** The answer to job `seq` as an analysis thread posts it. */
export function toWire(seq: number, result: StoreJobResult): WireAnswer {
  if (result.kind !== 'ingest' && result.kind !== 'reanalyze') return { seq, result };
  const { rows, ...analysis } = result.analysis;
  return { seq, result: { ...result, analysis }, rows: JSON.stringify(rows) };
}

/** The result of an answer, its rows restored. */
export function fromWire(answer: WireAnswer): StoreJobResult {
  const { result, rows } = answer;
  if (result.kind !== 'ingest' && result.kind !== 'reanalyze') return result;
  if (rows === undefined) throw new SitrepError('E_INTERNAL', { detail: `analysis thread answered job ${answer.seq} without its rows` });
  return { ...result, analysis: { ...result.analysis, rows: JSON.parse(rows) as AnalysisRows } };
}
