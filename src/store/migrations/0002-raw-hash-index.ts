import type { Migration } from './index.js';

/**
 * An index on the raw source's hash: ingest skips an HTML page it has stored before by that hash
 * alone, before any thread spends time extracting its article.
 */
export const rawHashIndex: Migration = {
  name: '0002-raw-hash-index',
  up: `CREATE INDEX documents_raw_sha256 ON documents(raw_sha256);`,
};
