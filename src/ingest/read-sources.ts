import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { sha256 } from '../core/hash.js';
import { SitrepError } from '../core/errors.js';
import { toArticleInput } from '../pipeline/article-input.js';
import type { IngestFormat, IngestItem } from './article.js';
import { decodeDeclared } from './decode-declared.js';
import { decodeText } from './decode-text.js';
import { formatOfName, sniffFormat } from './detect-format.js';
import { fetchUrl } from './fetch-url.js';
import { readBoundedFile } from './read-bounded.js';
import { readArticleFile } from './read-article-file.js';
import { readFeed } from './read-feed.js';
import { readJsonl } from './read-jsonl.js';
import { walkFolder } from './walk-folder.js';

/** Options of `readSources`. */
export interface SourceOptions {
  readonly maxBytes: number;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Absolute paths of files never read from folders (the store's own files). */
  readonly ignore?: readonly string[];
  readonly timeoutMs?: number;
  readonly allowPrivate?: boolean | readonly string[];
  readonly stdin?: Readable;
}

/** An http(s) URL, fetched only because the user named it. */
const URL_ARG = /^https?:\/\//i;

/**
 * Every article in the sources named on the command line, in order: files, folders (recursively,
 * filtered by globs), http(s) URLs, and `-` for stdin; an HTML page comes as a page whose article
 * `readHtml` extracts. Never throws for a bad input: it yields a rejection with its reason and goes on.
 */
export async function* readSources(sources: readonly string[], options: SourceOptions): AsyncGenerator<IngestItem> {
  for (const source of sources) {
    if (source === '-') yield* guard('stdin', () => readStdin(options));
    else if (URL_ARG.test(source)) yield* guard(source, () => readUrl(source, options));
    else yield* readPath(source, options);
  }
}

/** A file or a folder. */
async function* readPath(path: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield rejection(path, code === 'ELOOP' ? new SitrepError('E_INPUT_LOOP', { path, real: path }) : new SitrepError('E_INPUT_MISSING', { path }));
    return;
  }
  if (!info.isDirectory()) {
    yield* guard(path, () => readFile(path, info.size, options));
    return;
  }
  for await (const entry of walkFolder(path, options)) {
    if ('skipped' in entry) yield { rejected: { origin: entry.skipped, code: entry.code, reason: entry.reason } };
    else yield* guard(entry.file, () => readFile(entry.file, entry.size, options));
  }
}

/** One file, read by the reader its extension (or its first bytes) names. */
async function* readFile(path: string, size: number, options: SourceOptions): AsyncGenerator<IngestItem> {
  const origin = resolve(path);
  const format = formatOfName(path) ?? sniffFormat(readHead(path));
  if (format === 'jsonl') {
    yield* readJsonl(createReadStream(path), { origin, name: path, maxLineBytes: options.maxBytes });
    return;
  }
  if (format === 'text') {
    const input = readArticleFile(path, options.maxBytes);
    yield { article: { origin, format, input, raw: input.text }, bytes: size };
    return;
  }
  const text = format === 'json' ? decodeText(readBoundedFile(path, options.maxBytes), path) : decodeDeclared(readBoundedFile(path, options.maxBytes), path);
  yield* fromText(text, format, origin, size);
}

/** Articles of a decoded feed or JSON object, or the page of an HTML document (extracted later: see `IngestPage`). */
function* fromText(text: string, format: IngestFormat, origin: string, size: number, url?: string): Generator<IngestItem> {
  if (format === 'html') yield { page: { origin, html: text, ...(url !== undefined && { url }) }, bytes: size };
  else if (format === 'feed') {
    const items = readFeed(text, origin);
    for (const item of items) yield { ...item, bytes: Math.round(size / items.length) };
  } else if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SitrepError('E_INPUT_JSON', { path: origin, detail: (error as Error).message });
    }
    yield { article: { origin, format, input: toArticleInput(parsed, origin), raw: text }, bytes: size };
  } else {
    // Text from stdin gets the input `sitrep analyze -` gives it (id "stdin"), so their records match.
    const input = url ? { text, url } : { id: 'stdin', text };
    const where = url ? origin : `${origin}#${sha256(text).slice(0, 16)}`;
    yield { article: { origin: where, format: 'text', input, raw: text }, bytes: size };
  }
}

/** stdin: read whole (bounded) unless it is JSON Lines, which streams. */
async function* readStdin(options: SourceOptions): AsyncGenerator<IngestItem> {
  const stream = options.stdin ?? process.stdin;
  const iterator = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new SitrepError('E_INPUT_EMPTY', { path: 'stdin' });
  const format = sniffFormat(first.value.subarray(0, 512).toString('utf8'));
  const rest = Readable.from((async function* () {
    yield first.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })());
  if (format === 'jsonl') {
    yield* readJsonl(rest, { origin: 'stdin', maxLineBytes: options.maxBytes });
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > options.maxBytes) throw new SitrepError('E_INPUT_TOO_LARGE', { path: 'stdin', size: `more than ${options.maxBytes}`, limit: options.maxBytes });
    chunks.push(chunk);
  }
  yield* fromText(decodeText(Buffer.concat(chunks), 'stdin'), format, 'stdin', size);
}

/** A URL: fetched with the size limit, timeout and address guard, then read by its content type. */
async function* readUrl(url: string, options: SourceOptions): AsyncGenerator<IngestItem> {
  const fetched = await fetchUrl(url, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs ?? 30_000, ...(options.allowPrivate !== undefined && { allowPrivate: options.allowPrivate }) });
  const head = fetched.bytes.subarray(0, 512).toString('utf8');
  const format = sniffFormat(head, fetched.contentType);
  if (format === 'jsonl') {
    yield* readJsonl(Readable.from([fetched.bytes]), { origin: fetched.url, name: fetched.url, maxLineBytes: options.maxBytes });
    return;
  }
  const text = format === 'html' || format === 'feed' ? decodeDeclared(fetched.bytes, fetched.url, fetched.contentType) : decodeText(fetched.bytes, fetched.url);
  yield* fromText(text, format, fetched.url, fetched.bytes.length, fetched.url);
}

/** Runs a reader, turning whatever it throws into one rejection of `origin`. */
async function* guard(origin: string, read: () => AsyncGenerator<IngestItem> | Generator<IngestItem>): AsyncGenerator<IngestItem> {
  try {
    yield* read();
  } catch (error) {
    yield rejection(origin, error);
  }
}

/** A rejection from an error. */
function rejection(origin: string, error: unknown): IngestItem {
  const code = error instanceof SitrepError ? error.code : 'E_INPUT_UNREADABLE';
  return { rejected: { origin, code, reason: error instanceof Error ? error.message : String(error) } };
}

/** The first bytes of a file, for sniffing. */
function readHead(path: string): string {
  try {
    return readBoundedFile(path, Number.MAX_SAFE_INTEGER, 512).toString('utf8');
  } catch {
    return '';
  }
}
