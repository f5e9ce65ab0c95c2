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

/** An input that was skipped, with the error code and message saying why. */
export interface IngestRejection {
  readonly origin: string;
  readonly code: string;
  readonly reason: string;
}

/** What a reader yields: an article, or a rejection; `bytes` counts source bytes consumed, for progress. */
export type IngestItem =
  | { readonly article: IngestArticle; readonly bytes?: number }
  | { readonly rejected: IngestRejection; readonly bytes?: number };
