import type { ArticleInput } from '../pipeline/article-input.js';

/** The input formats ingest reads. */
export type IngestFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'json';

/** One article found by a reader: what to analyse, plus what the store keeps about its source. */
export interface IngestArticle {
  /** Where it came from: a path, `path#12` for a JSONL line, `feed#guid` for a feed item, a URL, `stdin`. */
  readonly origin: string;
  readonly format: IngestFormat;
  readonly input: ArticleInput;
  /** The source as read (file text, HTML page, feed item XML, JSONL line), kept with the document. */
  readonly raw: string;
  readonly byline?: string;
}

/**
 * An HTML page whose article is not extracted yet. Readability is by far the costliest step of
 * reading (tens of milliseconds a page, several times the analysis), so ingest has the analysis
 * threads run it (`readHtml`) rather than the one thread that reads and writes.
 */
export interface IngestPage {
  readonly origin: string;
  readonly html: string;
  /** The URL the page was fetched from, used when the page names no canonical URL. */
  readonly url?: string;
}

/** An input that was skipped, with the error code and message saying why. */
export interface IngestRejection {
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
}

/** What a reader yields: an article, a page to extract, or a rejection; `bytes` counts source bytes consumed, for progress. */
export type IngestItem =
  | { readonly article: IngestArticle; readonly bytes?: number }
  | { readonly page: IngestPage; readonly bytes?: number }
  | { readonly rejected: IngestRejection; readonly bytes?: number };
