import type { Command } from 'commander';
import { storePath } from '../store/store-path.js';
import type { Store } from '../store/store.js';

/** Adds `--db PATH` to a store command. */
export function withDbOption(command: Command): Command {
  return command.option('--db <path>', 'the store file (default: $SITREP_DB, else ./sitrep.db)');
}

/** Opens the store a command names with `--db`, `SITREP_DB` or the default, and closes it after `use`. */
export async function usingStore<T>(db: string | undefined, use: (store: Store) => Promise<T> | T): Promise<T> {
  // Loaded here, not at start-up: the SQLite driver's native addon would slow `sitrep analyze`'s cold start.
  const { openStore } = await import('../store/open-store.js');
  const store = openStore(storePath(db));
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
