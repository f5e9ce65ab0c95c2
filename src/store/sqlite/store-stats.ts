import type Database from 'better-sqlite3';
import type { StoreStats } from '../store.js';

/** Counts of everything the store holds, and the file's size, for `sitrep stats`. */
export function storeStats(db: Database.Database): StoreStats {
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  const byPipeline = db.prepare('SELECT pipeline_hash AS k, count(*) AS n FROM analyses GROUP BY pipeline_hash').all() as { k: string; n: number }[];
  const byFormat = db.prepare('SELECT format AS k, count(*) AS n FROM documents GROUP BY format').all() as { k: string; n: number }[];
  const byReason = db.prepare('SELECT code AS k, count(*) AS n FROM rejections GROUP BY code').all() as { k: string; n: number }[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  return {
    documents: count('SELECT count(*) FROM documents WHERE current = 1 AND duplicate_of IS NULL'),
    versions: count('SELECT count(*) FROM documents WHERE current = 0'),
    duplicates: count('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL'),
    analysed: count('SELECT count(*) FROM analyses'),
    entities: count('SELECT count(*) FROM entities'),
    times: count('SELECT count(*) FROM times'),
    quantities: count('SELECT count(*) FROM quantities'),
    claims: count('SELECT count(*) FROM claims'),
    events: count('SELECT count(*) FROM events'),
    diagnostics: count('SELECT count(*) FROM diagnostics'),
    rejected: count('SELECT count(*) FROM rejections'),
    runs: count('SELECT count(*) FROM runs'),
    bytes: pageSize * pages,
    formats: Object.fromEntries(byFormat.map((r) => [r.k, r.n])),
    pipelines: Object.fromEntries(byPipeline.map((r) => [r.k, r.n])),
    rejections: Object.fromEntries(byReason.map((r) => [r.k, r.n])),
  };
}
