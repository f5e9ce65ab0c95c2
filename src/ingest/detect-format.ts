import { extname } from 'node:path';
import type { IngestFormat } from './article.js';

/** Formats known by file extension. */
const BY_EXTENSION: Record<string, IngestFormat> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.rdf': 'feed',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
};

/** The format a file's name says, or undefined when the content must be sniffed. */
export function formatOfName(path: string): IngestFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * The format of content whose name says nothing (stdin, URLs, unknown extensions), from a content
 * type and the first bytes: feeds and HTML by their root element, JSON Lines by a leading `{`,
 * anything else is text (and is refused later if it is binary).
 */
export function sniffFormat(head: string, contentType = ''): IngestFormat {
  const type = contentType.toLowerCase();
  // Why XML types are tested before HTML: application/xhtml+xml says "xml" but is a page, so it is excluded here and caught next.
  if (/rss|atom|xml/.test(type) && !/xhtml/.test(type)) return 'feed';
  if (/html/.test(type)) return 'html';
  if (/ndjson|jsonl/.test(type)) return 'jsonl';
  // Why feeds are tested before HTML: an XML declaration opens both feeds and XHTML pages, and the root element decides.
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:rdf)\b/.test(start) || /^<(?:rss|feed|rdf:rdf)\b/.test(start)) return 'feed';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html|<head|<body|<article|<!--)/.test(start)) return 'html';
  if (start.startsWith('<?xml')) return 'feed';
  if (start.startsWith('{')) return 'jsonl';
  return 'text';
}
