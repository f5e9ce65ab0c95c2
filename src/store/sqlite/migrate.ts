import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * Applies the migrations the database has not seen yet, each in its own transaction, and records
 * them in `schema_migrations`. Returns the names applied. A failure rolls that migration back and throws.
 */
export function migrate(db: Database.Database, now: () => string): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const done = new Set((db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name));
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.name)) continue;
    try {
      db.transaction(() => {
        db.exec(migration.up);
        migration.data?.(db);
        db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(migration.name, now());
      }).immediate();
    } catch (error) {
      throw new SitrepError('E_STORE_MIGRATION', { name: migration.name, detail: (error as Error).message }, { cause: error });
    }
    applied.push(migration.name);
  }
  return applied;
}
