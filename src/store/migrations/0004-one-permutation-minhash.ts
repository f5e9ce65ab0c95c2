import type Database from 'better-sqlite3';
import { bandKeys, minhashSignature } from '../../ingest/minhash.js';
import type { Migration } from './index.js';

/** Documents re-signed per statement page: bounds the memory a large store's migration holds. */
const PAGE = 1000;

/**
 * Near-duplicate signatures moved to one permutation hashing (one hash per shingle instead of 64):
 * signatures of both schemes cannot be compared, so every stored document is signed again from its
 * text, and the LSH bands of the reports that are not copies are rebuilt. Links already made stay.
 */
export const onePermutationMinhash: Migration = {
  name: '0004-one-permutation-minhash',
  up: 'DELETE FROM doc_bands;',
  data: resign,
};

/** Signs every document again and rebuilds the bands of those that are not near-copies. */
function resign(db: Database.Database): void {
  const page = db.prepare('SELECT id, text, duplicate_of AS duplicateOf FROM documents WHERE id > ? ORDER BY id LIMIT ?');
  const update = db.prepare('UPDATE documents SET minhash = ? WHERE id = ?');
  const band = db.prepare('INSERT OR IGNORE INTO doc_bands (band, document_id) VALUES (?, ?)');
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE) as { id: number; text: string; duplicateOf: number | null }[];
    if (rows.length === 0) return;
    for (const row of rows) {
      const signature = minhashSignature(row.text);
      update.run(signature.length > 0 ? Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength) : null, row.id);
      if (row.duplicateOf === null) for (const key of bandKeys(signature)) band.run(key, row.id);
    }
    after = rows[rows.length - 1]!.id;
  }
}
