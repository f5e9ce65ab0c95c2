import type { QueryFilter, QueryKind, QueryRow, Store } from '../store/store.js';

/** The kinds `sitrep query` answers. */
export const QUERY_KINDS: readonly QueryKind[] = ['entities', 'events', 'claims', 'documents'];

/** Rows of one kind over current, non-duplicate documents, narrowed by the filter. */
export function queryStore(store: Store, kind: QueryKind, filter: QueryFilter): QueryRow[] {
  return store.query(kind, filter);
}
