import type { Readable } from 'node:stream';
import { SitrepError } from '../core/errors.js';
import type { AnalysisRecord, ErrorRecord } from '../core/record.js';
import { firstInvalidUtf8 } from '../ingest/decode-text.js';
import { jsonlLines } from '../ingest/jsonl-lines.js';
import { toArticleInput } from '../pipeline/article-input.js';
import type { Analyzer } from './analyze.js';
import { errorRecord } from './error-record.js';

/** One output of a JSONL batch: a record, or an error record with the error that made it. */
export type JsonlResult = { readonly record: AnalysisRecord } | { readonly record: ErrorRecord; readonly error: unknown };

/**
 * Analyses a stream of JSONL input objects, yielding one result per non-blank line, in input order.
 * A line that is too long, not UTF-8, not JSON or has no text gives an error record and the stream
 * goes on. `name` prefixes line numbers in ids and messages when the input is a file.
 */
export async function* analyzeJsonl(
  stream: Readable,
  analyzer: Analyzer,
  options: { readonly name?: string; readonly maxLineBytes: number },
): AsyncGenerator<JsonlResult> {
  for await (const item of jsonlLines(stream, options.maxLineBytes)) {
    const where = options.name ? `${options.name}:${item.line}` : `line ${item.line}`;
    const fallbackId = options.name ? where : String(item.line);
    if ('tooLong' in item) {
      const error = new SitrepError('E_INPUT_TOO_LARGE', { path: where, size: item.tooLong, limit: options.maxLineBytes });
      yield { record: errorRecord(fallbackId, error), error };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(decodeLine(item.bytes, where));
    } catch (error) {
      const wrapped = error instanceof SitrepError ? error : new SitrepError('E_INPUT_JSON', { path: where, detail: (error as Error).message });
      yield { record: errorRecord(fallbackId, wrapped), error: wrapped };
      continue;
    }
    const id = idOf(parsed) ?? fallbackId;
    try {
      const input = toArticleInput(parsed, where);
      yield { record: analyzer.analyze({ ...input, id }) };
    } catch (error) {
      yield { record: errorRecord(id, error), error };
    }
  }
}

/** The line as UTF-8 text, or an encoding error naming the line. */
function decodeLine(bytes: Buffer, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SitrepError('E_INPUT_ENCODING', { path: where, offset: firstInvalidUtf8(bytes) });
  }
}

/** The input's own id, when it has a usable one. */
function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
