import { exportHeader, exportRecord, type ExportFormat } from '../export/index.js';
import type { QueryFilter, Store } from '../store/store.js';

/**
 * The lines of an export: every analysed, current, non-duplicate document matching the filter, in
 * store order, after the format's header, each record turned into lines by `exportRecord` (so every format it knows works here).
 */
export function* exportStore(store: Store, format: ExportFormat, filter: QueryFilter): Generator<string> {
  yield* exportHeader(format);
  for (const id of store.findDocumentIds(filter)) {
    const record = store.getRecord(id);
    if (record) yield* exportRecord(record, format);
  }
}
