import type { Migration } from './index.js';

/**
 * Full-text entries are written once per batch by the store, not by a trigger per document. Why: a
 * trigger makes every document insert open a statement savepoint, and FTS5 writes its pending terms
 * out as a new segment at every savepoint, so each document became its own segment and the index
 * spent most of its time merging them (about 0.44 M of the 1.7 M instructions the writer spent per
 * Kremlin text). Entries already written stay; deleting a document still removes its entry.
 */
export const ftsPerBatch: Migration = {
  name: '0005-fts-per-batch',
  up: 'DROP TRIGGER documents_fts_insert;',
};
