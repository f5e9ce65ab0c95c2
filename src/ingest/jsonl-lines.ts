import type { Readable } from 'node:stream';

/** One line of a JSONL stream: its 1-based number and its bytes, or the size it had when it was too long. */
export type JsonlLine =
  | { readonly line: number; readonly bytes: Buffer }
  | { readonly line: number; readonly tooLong: number };

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a
 * longer line is skipped as it streams past and reported with its size, so memory stays bounded
 * on a 1 GB input or a 50 MB line. Blank lines are skipped; a final line without a newline counts.
 */
export async function* jsonlLines(stream: Readable, maxLineBytes: number): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let overflow = false;
  const finish = function* (): Generator<JsonlLine> {
    if (overflow) yield { line, tooLong: size };
    else if (size > 0) {
      const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
      if (!isBlank(bytes)) yield { line, bytes };
    }
    parts = [];
    size = 0;
    overflow = false;
    line++;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(10, from);
      const to = newline < 0 ? chunk.length : newline;
      size += to - from;
      if (size > maxLineBytes) {
        overflow = true;
        parts = [];
      } else if (to > from) parts.push(chunk.subarray(from, to));
      if (newline < 0) break;
      yield* finish();
      from = newline + 1;
    }
  }
  if (size > 0 || overflow) yield* finish();
}

/** True when the bytes are only spaces, tabs and carriage returns. */
function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}
