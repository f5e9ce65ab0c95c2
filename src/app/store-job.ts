import { SitrepError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import type { IngestArticle, IngestPage, IngestRejection } from '../ingest/article.js';
import { readHtml } from '../ingest/read-html.js';
import { minhashSignature } from '../ingest/minhash.js';
import type { ArticleInput } from '../pipeline/article-input.js';
import { encodeRecord, packText } from '../store/record-blob.js';
import { recordRows } from '../store/record-rows.js';
import type { NewDocument, StoredAnalysis } from '../store/store.js';
import type { Analyzer } from './analyze.js';

/** A job for an analysis worker: a new article (or an HTML page to extract one from) to prepare for the store, or a stored document to analyse again. */
export type StoreJob =
  | { readonly kind: 'ingest'; readonly article: IngestArticle }
  | { readonly kind: 'page'; readonly page: IngestPage }
  | { readonly kind: 'reanalyze'; readonly id: number; readonly input: ArticleInput };

/** What a job gives back: the document and its analysis, the new analysis alone, a page with no article, or why it failed. */
export type StoreJobResult =
  | { readonly kind: 'ingest'; readonly doc: NewDocument; readonly analysis: StoredAnalysis }
  | { readonly kind: 'rejected'; readonly rejection: IngestRejection }
  | { readonly kind: 'reanalyze'; readonly id: number; readonly analysis: StoredAnalysis }
  | { readonly kind: 'failed'; readonly code: string; readonly reason: string };

/**
 * Runs one job: the article's extraction from an HTML page, the analysis (exactly `sitrep
 * analyze`'s, through the same analyzer) and all the CPU work of storing it (rows per layer, deflated record and source, MinHash signature), so the
 * writer thread only runs SQL.
 */
export function runStoreJob(analyzer: Analyzer, pipelineHash: string, job: StoreJob): StoreJobResult {
  if (job.kind === 'reanalyze') return { kind: 'reanalyze', id: job.id, analysis: analyse(analyzer, pipelineHash, job.input).analysis };
  let article: IngestArticle;
  if (job.kind === 'ingest') article = job.article;
  else {
    try {
      article = readHtml(job.page.html, job.page.origin, job.page.url);
    } catch (error) {
      // A page without an article is a bad input, recorded as the reader would have; anything else is a failure.
      if (!(error instanceof SitrepError)) throw error;
      return { kind: 'rejected', rejection: { origin: job.page.origin, code: error.code, reason: error.message } };
    }
  }
  const { record, analysis } = analyse(analyzer, pipelineHash, article.input);
  const doc: NewDocument = {
    docId: record.doc.id,
    key: record.doc.url ?? article.origin,
    origin: article.origin,
    format: article.format,
    ...(record.doc.title !== undefined && { title: record.doc.title }),
    ...(record.doc.url !== undefined && { url: record.doc.url }),
    ...(record.doc.source !== undefined && { source: record.doc.source }),
    ...(article.byline !== undefined && { byline: article.byline }),
    ...(record.doc.published !== undefined && { published: record.doc.published }),
    sha256: record.doc.sha256,
    rawSha256: sha256(article.raw),
    text: record.text,
    raw: packText(article.raw),
    ...(article.input.text !== record.text && { input: packText(article.input.text) }),
    minhash: minhashSignature(record.text),
  };
  return { kind: 'ingest', doc, analysis };
}

/** The record of an input and its stored form. */
function analyse(analyzer: Analyzer, pipelineHash: string, input: ArticleInput) {
  const record = analyzer.analyze(input);
  return { record, analysis: { pipelineHash, record: encodeRecord(record), rows: recordRows(record) } };
}
