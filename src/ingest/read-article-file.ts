import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { SitrepError } from '../core/errors.js';
import type { ArticleInput } from '../pipeline/article-input.js';
import { decodeText } from './decode-text.js';
import { findTitle } from './split-title.js';

/** Default largest article accepted, in bytes: far above any news article, far below what would hurt. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Metadata read from a sibling `NAME.meta.json`. */
const META_FIELDS = ['id', 'title', 'url', 'source', 'published'] as const;

/**
 * Reads a plain-text or Markdown article and its sibling `NAME.meta.json` (published, url, source,
 * id, title) into an ArticleInput. The file is checked before it is decoded: it must exist, be a
 * regular file no larger than `maxBytes`, and hold UTF-8 text. A short first line without a final
 * full stop is the title; the text keeps it, so the headline is analysed as its own sentence.
 */
export function readArticleFile(path: string, maxBytes = DEFAULT_MAX_BYTES): ArticleInput {
  const text = decodeText(readBounded(path, maxBytes), path);
  const meta = readMeta(path);
  const title = meta.title ?? findTitle(text);
  return {
    id: meta.id ?? basename(path, extname(path)),
    text,
    ...(title !== undefined && { title }),
    ...(meta.url !== undefined && { url: meta.url }),
    ...(meta.source !== undefined && { source: meta.source }),
    ...(meta.published !== undefined && { published: meta.published }),
  };
}

/** The bytes of a regular file, refusing directories, missing files and files over the limit. */
function readBounded(path: string, maxBytes: number): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(path, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new SitrepError('E_INPUT_DIRECTORY', { path });
    if (!stat.isFile()) throw new SitrepError('E_INPUT_UNREADABLE', { path, detail: 'not a regular file' });
    if (stat.size > maxBytes) throw new SitrepError('E_INPUT_TOO_LARGE', { path, size: stat.size, limit: maxBytes });
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch (error) {
    throw fileError(path, error);
  } finally {
    closeSync(fd);
  }
}

/** A SitrepError for a failed file operation, keeping SitrepErrors as they are. */
function fileError(path: string, error: unknown): SitrepError {
  if (error instanceof SitrepError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new SitrepError('E_INPUT_MISSING', { path });
  if (code === 'EISDIR') return new SitrepError('E_INPUT_DIRECTORY', { path });
  return new SitrepError('E_INPUT_UNREADABLE', { path, detail: code ?? String(error) }, { cause: error });
}

/** The string fields of `NAME.meta.json` beside `path`, or {} when there is none. */
function readMeta(path: string): Partial<Record<(typeof META_FIELDS)[number], string>> {
  const metaPath = path.slice(0, path.length - extname(path).length) + '.meta.json';
  let source: string;
  try {
    source = readFileSync(metaPath, 'utf8');
  } catch {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new SitrepError('E_INPUT_JSON', { path: metaPath, detail: (error as Error).message });
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const meta: Partial<Record<(typeof META_FIELDS)[number], string>> = {};
  for (const field of META_FIELDS) {
    const value = (parsed as Record<string, unknown>)[field];
    if (typeof value === 'string') meta[field] = value;
  }
  return meta;
}
