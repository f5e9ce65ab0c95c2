import type { Readable } from 'node:stream';
import { SitrepError } from '../core/errors.js';
import { toArticleInput } from '../pipeline/article-input.js';
import type { IngestItem } from './article.js';
import { firstInvalidUtf8 } from './decode-text.js';
import { jsonlLines } from './jsonl-lines.js';

/** Options of `readJsonl`: `origin` names the stream in origins, `name` (a file as given) makes record ids like `sitrep analyze --jsonl`. */
export interface JsonlOptions {
  readonly origin: string;
  readonly name?: string;
  readonly maxLineBytes: number;
}

/**
 * The articles of a JSON Lines stream, one per line, streamed with bounded lines: a line too long,
 * not UTF-8, not JSON or without text is a rejection and the stream goes on. Ids follow
 * `sitrep analyze --jsonl`: the object's own id, else `NAME:LINE` (or the line number for stdin).
 */
export async function* readJsonl(stream: Readable, options: JsonlOptions): AsyncGenerator<IngestItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const item of jsonlLines(stream, options.maxLineBytes)) {
    const where = options.name ? `${options.name}:${item.line}` : `line ${item.line}`;
    const origin = `${options.origin}:${item.line}`;
    if ('tooLong' in item) {
      const error = new SitrepError('E_INPUT_TOO_LARGE', { path: where, size: item.tooLong, limit: options.maxLineBytes });
      yield { rejected: { origin, code: error.code, reason: error.message }, bytes: item.tooLong };
      continue;
    }
    try {
      let text: string;
      try {
        text = decoder.decode(item.bytes);
      } catch {
        throw new SitrepError('E_INPUT_ENCODING', { path: where, offset: firstInvalidUtf8(item.bytes) });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new SitrepError('E_INPUT_JSON', { path: where, detail: (error as Error).message });
      }
      const input = toArticleInput(parsed, where);
      const id = input.id ?? (options.name ? where : String(item.line));
      yield {
        article: { origin: input.id !== undefined ? `${options.origin}#${input.id}` : origin, format: 'jsonl', input: { ...input, id }, raw: text },
        bytes: item.bytes.length + 1,
      };
    } catch (error) {
      const e = error instanceof SitrepError ? error : new SitrepError('E_INPUT_INVALID', { path: where, detail: String(error) });
      yield { rejected: { origin, code: e.code, reason: e.message }, bytes: item.bytes.length + 1 };
    }
  }
}
