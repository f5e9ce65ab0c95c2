import type { Writable } from 'node:stream';

/** Writes lines to a stream, waiting when its buffer is full so a long batch keeps memory flat. */
export class LineWriter {
  constructor(private readonly stream: Writable) {}

  /** Writes `text` and a newline; resolves at once unless the stream asks to wait. */
  async write(text: string): Promise<void> {
    if (this.stream.write(text + '\n')) return;
    await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

/** JSON for stdout: indented for a reader, one line per record for a program. */
export function formatJson(value: unknown, pretty: boolean): string {
  return pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}
