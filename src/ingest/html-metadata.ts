import { toIsoDate } from './iso-date.js';

/** What a page says about itself in meta tags and JSON-LD. */
export interface HtmlMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly url?: string;
  readonly source?: string;
}

/** Meta tags to read for each field, best first: why Open Graph and article:* lead — publishers fill them for sharing, so they are the most often right. */
const META = {
  title: ['og:title', 'twitter:title', 'dc.title'],
  byline: ['author', 'article:author', 'dc.creator', 'byl'],
  published: ['article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date'],
  url: ['og:url'],
  source: ['og:site_name', 'application-name'],
} as const;

/** A minimal view of the linkedom document. */
interface DocumentLike {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** Title, byline, publication date, canonical URL and site name from `<meta>`, `<link rel=canonical>` and JSON-LD. */
export function htmlMetadata(document: DocumentLike): HtmlMetadata {
  const tags = new Map<string, string>();
  const metas = document.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (name && content && !tags.has(name)) tags.set(name, content);
  }
  const ld = jsonLd(document);
  const first = (names: readonly string[]): string | undefined => names.map((n) => tags.get(n)).find((v) => v !== undefined);
  const canonical = document.querySelectorAll('link[rel="canonical"]')[0]?.getAttribute('href') ?? undefined;
  const title = ld.headline ?? first(META.title);
  const byline = ld.author ?? first(META.byline);
  const published = toIsoDate(ld.datePublished) ?? toIsoDate(first(META.published));
  const url = canonical ?? ld.url ?? first(META.url);
  const source = ld.publisher ?? first(META.source);
  return {
    ...(title && { title }), ...(byline && { byline }), ...(published && { published }),
    ...(url && /^https?:\/\//.test(url) && { url }), ...(source && { source }),
  };
}

/** Fields of the first JSON-LD object of a news or article type. */
function jsonLd(document: DocumentLike): { headline?: string; author?: string; datePublished?: string; url?: string; publisher?: string } {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const candidates = Array.isArray(value) ? value : [value, ...(((value as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
    for (const item of candidates) {
      if (typeof item !== 'object' || item === null) continue;
      const o = item as Record<string, unknown>;
      const type = String(o['@type'] ?? '');
      if (!/Article|Posting|Report|BlogPosting/i.test(type)) continue;
      return {
        ...(typeof o.headline === 'string' && { headline: o.headline.trim() }),
        ...(nameOf(o.author) && { author: nameOf(o.author) }),
        ...(typeof o.datePublished === 'string' && { datePublished: o.datePublished }),
        ...(typeof o.url === 'string' && { url: o.url }),
        ...(nameOf(o.publisher) && { publisher: nameOf(o.publisher) }),
      };
    }
  }
  return {};
}

/** A name from a string, a `{ name }` object, or the first of an array of them. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (typeof value === 'object' && value !== null) return nameOf((value as { name?: unknown }).name);
  return undefined;
}
