import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { SitrepError } from '../core/errors.js';
import type { IngestArticle } from './article.js';
import { htmlTooComplex, MAX_HTML_ELEMENTS } from './html-limits.js';
import { htmlToText } from './html-to-text.js';
import { htmlMetadata } from './html-metadata.js';
import { toIsoDate as toIso } from './iso-date.js';

/**
 * Extracts the article of an HTML page: its text through Readability (scripts, navigation and
 * boilerplate dropped, never executed), and title, byline, publication date, canonical URL and
 * site name from meta tags and JSON-LD. The headline becomes the text's first line, as in a .txt.
 * Pages nested too deep or too large are refused before a DOM is built.
 */
export function readHtml(html: string, origin: string, url?: string): IngestArticle {
  const problem = htmlTooComplex(html);
  if (problem) throw new SitrepError('E_INPUT_HTML', { path: origin, detail: problem });
  const { document } = parseHTML(html);
  const meta = htmlMetadata(document);
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(document as never, { maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
  } catch (error) {
    throw new SitrepError('E_INPUT_HTML', { path: origin, detail: (error as Error).message });
  }
  if (!parsed?.content) throw new SitrepError('E_INPUT_HTML', { path: origin, detail: 'no readable content' });
  const body = htmlToText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document as never);
  if (body.trim() === '') throw new SitrepError('E_INPUT_EMPTY', { path: origin });
  const title = meta.title ?? (parsed.title?.trim() || undefined);
  const published = meta.published ?? toIso(parsed.publishedTime ?? undefined);
  const byline = meta.byline ?? (parsed.byline?.trim() || undefined);
  const link = meta.url ?? url;
  const source = meta.source ?? (parsed.siteName?.trim() || undefined);
  return {
    origin,
    format: 'html',
    input: {
      text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
      ...(title && { title }),
      ...(link && { url: link }),
      ...(source && { source }),
      ...(published && { published }),
    },
    raw: html,
    ...(byline && { byline }),
  };
}
