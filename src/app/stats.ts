import type { Store, StoreStats } from '../store/store.js';

/** What the store holds: documents, versions, near-duplicates, rows per layer, rejections, runs, size. */
export function storeStats(store: Store): StoreStats {
  return store.stats();
}
