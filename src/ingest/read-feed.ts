import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { SitrepError } from '../core/errors.js';
import type { IngestItem } from './article.js';
import { htmlTooComplex } from './html-limits.js';
import { htmlToText } from './html-to-text.js';
import { toIsoDate } from './iso-date.js';

/** An entity declaration: the way in for billion-laughs and external-entity attacks. */
const ENTITY_DECLARATION = /<!ENTITY/i;

/**
 * The parser: entities limited to the predefined and numeric ones (declared entities are refused
 * before parsing; the limits are a second line of defence), values left as strings.
 */
const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** A parsed XML node: text, or an object of children and `@_` attributes. */
type XmlNode = string | { readonly [key: string]: unknown };

/**
 * The items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, each an article with its link, date, title,
 * author and content (HTML content turned into text). A feed that declares entities, is not XML or
 * has no channel is refused as a whole; an item without text is skipped with its reason.
 */
export function readFeed(xml: string, origin: string): IngestItem[] {
  if (ENTITY_DECLARATION.test(xml)) throw new SitrepError('E_INPUT_XML_ENTITIES', { path: origin });
  let root: Record<string, XmlNode>;
  try {
    root = PARSER.parse(xml, true) as Record<string, XmlNode>;
  } catch (error) {
    throw new SitrepError('E_INPUT_FEED', { path: origin, detail: String((error as Error).message ?? error).split('\n')[0] });
  }
  const rss = obj(root.rss)?.channel ?? root['rdf:RDF'];
  const channel = obj(rss);
  const atom = obj(root.feed);
  if (!channel && !atom) throw new SitrepError('E_INPUT_FEED', { path: origin, detail: 'no <rss>, <rdf:RDF> or <feed> root' });
  const feedTitle = text(channel?.title ?? atom?.title);
  const entries = (channel ? (channel.item ?? obj(root['rdf:RDF'])?.item) : atom?.entry) as XmlNode[] | undefined;
  const list = entries ?? [];
  const raws = rawItems(xml, list.length);
  return list.map((entry, index) => feedItem(obj(entry) ?? {}, index, origin, feedTitle, raws?.[index]));
}

/** One feed item as an article, or a rejection when it has no text. */
function feedItem(item: Record<string, unknown>, index: number, feed: string, feedTitle: string | undefined, raw: string | undefined): IngestItem {
  const link = linkOf(item.link);
  const guid = text(item.guid) ?? text(item.id);
  const origin = `${feed}#${guid ?? link ?? `item-${index + 1}`}`;
  const html = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary) ?? '';
  const problem = htmlTooComplex(html);
  if (problem) return { rejected: { origin, code: 'E_INPUT_HTML', reason: `${origin}: ${problem}` } };
  const body = /<[a-zA-Z]/.test(html) ? htmlToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never) : html.trim();
  const title = text(item.title);
  if (body === '' && !title) return { rejected: { origin, code: 'E_INPUT_EMPTY', reason: `${origin}: the item has no text` } };
  const published = toIsoDate(text(item.pubDate) ?? text(item['dc:date']) ?? text(item.published) ?? text(item.updated));
  const byline = text(item['dc:creator']) ?? text(obj(item.author)?.name) ?? text(item.author);
  return {
    article: {
      origin,
      format: 'feed',
      input: {
        text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body || title!,
        ...(title && { title }),
        ...(link && { url: link }),
        ...(feedTitle && { source: feedTitle }),
        ...(published && { published }),
      },
      raw: raw ?? JSON.stringify(item),
      ...(byline && { byline }),
    },
  };
}

/** An item or entry element as written in the feed. */
const RAW_ITEM = /<(item|entry)\b[^>]*>[\s\S]*?<\/\1>/g;

/** The source XML of each item, in order, when a plain scan finds exactly as many as the parser did (else undefined: the parsed item is kept instead). */
function rawItems(xml: string, count: number): string[] | undefined {
  const found = xml.match(RAW_ITEM) ?? [];
  return found.length === count ? found : undefined;
}

/** The object form of a node, or undefined for text and absent nodes. */
function obj(node: unknown): Record<string, unknown> | undefined {
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}

/** The text of a node: a string, or an element's `#text`; undefined when empty. */
function text(node: unknown): string | undefined {
  if (Array.isArray(node)) return text(node[0]);
  const value = typeof node === 'string' ? node : typeof node === 'number' ? String(node) : obj(node)?.['#text'];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The item's link: RSS `<link>url</link>`, or Atom's `<link rel="alternate" href>` (the first when no rel says). */
function linkOf(node: unknown): string | undefined {
  const links = Array.isArray(node) ? node : node === undefined ? [] : [node];
  const hrefs = links.map((l) => ({ href: text(l) ?? (obj(l)?.['@_href'] as string | undefined), rel: obj(l)?.['@_rel'] }));
  const best = hrefs.find((l) => l.href && (l.rel === undefined || l.rel === 'alternate')) ?? hrefs.find((l) => l.href);
  return best?.href;
}
