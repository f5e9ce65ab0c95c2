import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** The store file used when neither `--db` nor `SITREP_DB` names one. */
export const DEFAULT_STORE_PATH = './sitrep.db';

/** The store path: the option, else the `SITREP_DB` environment variable, else ./sitrep.db. */
export function storePath(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.SITREP_DB || DEFAULT_STORE_PATH);
}

/** Opens (creating and migrating when needed) the store at `path`. */
export function openStore(path: string): Store {
  return new SqliteStore(path);
}
