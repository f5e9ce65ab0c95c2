import type { QueryFilter, QueryKind } from '../store.js';

/** A SQL text and its positional parameters. */
export interface Sql {
  readonly sql: string;
  readonly params: (string | number)[];
}

/** Rows returned when the filter sets no limit. */
export const DEFAULT_LIMIT = 1000;

/** An actor code such as RUS or RUSGOV (matched as a prefix), as opposed to a name (matched as a substring). */
const ACTOR_CODE = /^[A-Z]{3}[A-Z0-9]*$/;

/**
 * The columns each query kind returns, `d` being the document and `x` the layer table. An event's
 * source and target are its entities' canonical names, or the article's words when it has none.
 */
const SELECT: Record<QueryKind, string> = {
  documents: `d.id, d.doc_id AS doc, d.title, d.source, d.published, d.url, d.version, d.format`,
  entities: `d.id AS document, d.doc_id AS doc, x.mid AS id, x.text, x.type, x.name, x.entity, x.country, x.actor, x.kb,
    x.start, x."end", d.published`,
  claims: `d.id AS document, d.doc_id AS doc, x.cid AS id, x.source_text AS source, x.source_name, x.cue_lemma AS cue,
    x.stance, x.kind, x.content, x.start, x."end", d.published`,
  events: `d.id AS document, d.doc_id AS doc, x.vid AS id, x.date, x.plover, x.cameo, x.source_actor,
    coalesce(x.source_name, x.source_text) AS source, x.target_actor, coalesce(x.target_name, x.target_text) AS target, x.trigger, x.status, x.location, x.goldstein, x.confidence`,
};

/**
 * Order of each kind. Why events go newest first on `date`: the (plover, date) and (country, date)
 * indexes then stop at the limit, and `x.rowid` last makes the order total, so a limit cuts ties
 * the same way whichever index serves it; why entities and claims order on `x.document_id`: the
 * (country, document_id) and (actor, document_id) indexes give that order without a full sort.
 */
const ORDER: Record<QueryKind, string> = {
  documents: 'd.id',
  entities: 'x.document_id, x.start, x."end"',
  claims: 'x.document_id, x.start, x."end"',
  events: 'x.date DESC, d.id, x.start, x.rowid',
};

/**
 * How the events of a country meet a full-text filter. `probe`: walk the country's events newest
 * first and look each document up in the full-text index, for a text most documents match (a few
 * hundred lookups fill the limit). `documents`: start from the few documents the text matches and
 * read their events. Without a plan, the list of matching documents is built once per side.
 */
export type TextPlan = 'probe' | 'documents';

/** The SQL of `sitrep query KIND` over current, non-duplicate documents. */
export function querySql(kind: QueryKind, filter: QueryFilter, textPlan?: TextPlan): Sql {
  const where: string[] = ['d.current = 1', 'd.duplicate_of IS NULL'];
  const params: (string | number)[] = [];
  const from = kind === 'documents' ? 'documents d' : `${kind} x JOIN documents d ON d.id = x.document_id`;
  addDocumentFilters(filter, where, params, kind === 'events' ? 'x.date' : 'd.published', textPlan === 'probe');
  const limit = Math.floor(filter.limit === undefined ? DEFAULT_LIMIT : filter.limit);
  if (kind === 'events' && filter.country && limit > 0 && textPlan !== 'documents') return eventsOfCountry(filter, filter.country, where, params, limit);
  // Why the unary plus in the documents plan: it keeps SQLite off the (country, date) indexes, so the few matching documents lead.
  if (kind === 'events' && filter.country && textPlan === 'documents') {
    where.push('(+x.source_country = ? OR +x.target_country = ?)'), params.push(filter.country, filter.country);
    filter = { ...filter, country: undefined };
  }
  addLayerFilters(kind, filter, where, params);
  const sql = `SELECT ${SELECT[kind]} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${ORDER[kind]}${limit > 0 ? ` LIMIT ${limit}` : ''}`;
  return { sql, params };
}

/**
 * Events with a country on either side, newest first, as the union of the first `limit` of each
 * side. Why not one query with "source_country = ? OR target_country = ?": SQLite then reads every
 * event of the country from both indexes and sorts them all (65 ms on 100,000 documents), where
 * each side alone walks its (country, date) index in date order and stops at the limit (1 ms).
 */
function eventsOfCountry(filter: QueryFilter, country: string, where: readonly string[], params: readonly (string | number)[], limit: number): Sql {
  const rest = [...where];
  const restParams = [...params];
  addLayerFilters('events', { ...filter, country: undefined }, rest, restParams);
  const side = (column: string): string =>
    `SELECT r FROM (SELECT x.rowid AS r FROM events x JOIN documents d ON d.id = x.document_id WHERE ${rest.join(' AND ')} AND x.${column} = ? ORDER BY ${ORDER.events} LIMIT ${limit})`;
  const sql = `SELECT ${SELECT.events} FROM events x JOIN documents d ON d.id = x.document_id
    WHERE x.rowid IN (${side('source_country')} UNION ${side('target_country')}) ORDER BY ${ORDER.events} LIMIT ${limit}`;
  return { sql, params: [...restParams, country, ...restParams, country] };
}

/** Ids of analysed, current, non-duplicate documents matching the filter (the input of exports). */
export function documentIdsSql(filter: QueryFilter): Sql {
  const { sql, params } = querySql('documents', { ...filter, limit: filter.limit ?? 0 });
  return { sql: `SELECT id FROM (${sql}) WHERE id IN (SELECT document_id FROM analyses) ORDER BY id`, params };
}

/** Filters on the document: date range on `dateColumn`, full text (as a lookup per document with `probe`), source. */
function addDocumentFilters(filter: QueryFilter, where: string[], params: (string | number)[], dateColumn: string, probe: boolean): void {
  if (filter.since) {
    where.push(`${dateColumn} >= ?`);
    params.push(filter.since);
  }
  if (filter.until) {
    // Why the upper bound is `until` followed by a high character: a date-time on the last day still counts.
    where.push(`${dateColumn} <= ?`);
    params.push(`${filter.until}\uffff`);
  }
  if (filter.text) {
    where.push(probe ? 'EXISTS (SELECT 1 FROM documents_fts WHERE documents_fts MATCH ? AND rowid = d.id)' : 'd.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
    params.push(filter.text);
  }
  if (filter.source) {
    where.push('(d.source = ? COLLATE NOCASE OR d.url LIKE ? OR d.origin LIKE ?)');
    params.push(filter.source, `${filter.source}%`, `${filter.source}%`);
  }
}

/** Filters on actor, country and PLOVER category, read from the layer's own columns or from the document's rows. */
function addLayerFilters(kind: QueryKind, filter: QueryFilter, where: string[], params: (string | number)[]): void {
  const { actor, country, plover } = filter;
  if (kind === 'events') {
    if (plover) where.push('x.plover = ?'), params.push(plover.toUpperCase());
    if (country) where.push('(x.source_country = ? OR x.target_country = ?)'), params.push(country, country);
    if (actor) {
      if (ACTOR_CODE.test(actor)) {
        where.push('((x.source_actor >= ? AND x.source_actor < ?) OR (x.target_actor >= ? AND x.target_actor < ?))');
        params.push(actor, `${actor}\uffff`, actor, `${actor}\uffff`);
      }
      else {
        where.push('(x.source_text LIKE ? OR x.target_text LIKE ? OR x.source_name LIKE ? OR x.target_name LIKE ?)');
        params.push(...Array<string>(4).fill(`%${actor}%`));
      }
    }
    return;
  }
  if (kind === 'entities') {
    if (country) where.push('x.country = ?'), params.push(country);
    if (actor) actorOfEntity('x', actor, where, params);
  } else {
    const scope = kind === 'claims' ? 'AND e.entity = x.source_entity' : '';
    if (country) where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id ${scope} AND e.country = ?)`), params.push(country);
    if (actor) {
      const inner: string[] = [];
      actorOfEntity('e', actor, inner, params);
      where.push(`EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id ${scope} AND ${inner[0]})`);
    }
  }
  if (plover) where.push('EXISTS (SELECT 1 FROM events v WHERE v.document_id = d.id AND v.plover = ?)'), params.push(plover.toUpperCase());
}

/**
 * An entity matches an actor code by prefix, or a name by case-insensitive substring. A code prefix
 * is written as a range, not LIKE, so the binary index on `actor` serves it.
 */
function actorOfEntity(alias: string, actor: string, where: string[], params: (string | number)[]): void {
  if (ACTOR_CODE.test(actor)) where.push(`(${alias}.actor >= ? AND ${alias}.actor < ?)`), params.push(actor, `${actor}\uffff`);
  else where.push(`${alias}.name LIKE ?`), params.push(`%${actor}%`);
}
