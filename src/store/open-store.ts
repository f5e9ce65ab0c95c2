import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Opens (creating and migrating when needed) the store at `path`. */
export function openStore(path: string): Store {
  return new SqliteStore(path);
}
