import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { sha256 } from '../../src/core/hash.js';
import { readHtml } from '../../src/ingest/read-html.js';
import { readSources } from '../../src/ingest/read-sources.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { normaliseText } from '../../src/text/normalise.js';
import { CORPORA } from '../support/seed.js';
import { finished, seeded, startCli } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-fault-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Documents in the corpus: enough that an ingest lasts well past the moment it is killed. */
const LINES = 150;
const KILLS = 3;

/** A folder with a JSONL dump of Kremlin texts and a few text files. */
function writeCorpus(folder: string): void {
  mkdirSync(folder, { recursive: true });
  const lines = readFileSync(`${CORPORA}kremlin/kremlin_ukraine_related.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '');
  writeFileSync(join(folder, 'dump.jsonl'), lines.slice(0, LINES).join('\n') + '\n');
  for (const [i, line] of lines.slice(LINES, LINES + 10).entries()) {
    const row = JSON.parse(line) as { title?: string; text: string };
    writeFileSync(join(folder, `article-${i}.txt`), `${row.title ?? 'Untitled'}\n\n${row.text}\n`);
  }
}

/** Documents stored so far, read through a second connection as the child writes (WAL lets readers in). */
function storedCount(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/** The hashes of the normalised texts in the corpus, read by the same readers (no analysis). */
async function corpusHashes(folder: string): Promise<Set<string>> {
  const hashes = new Set<string>();
  for await (const item of readSources([folder], { maxBytes: 10 * 1024 * 1024 })) {
    if ('article' in item) hashes.add(sha256(normaliseText(item.article.input.text)));
    if ('page' in item) hashes.add(sha256(normaliseText(readHtml(item.page.html, item.page.origin, item.page.url).input.text)));
  }
  return hashes;
}

/** Layers whose rows must match the record's arrays, one table each. */
const LAYERS = ['entities', 'times', 'quantities', 'claims', 'events', 'diagnostics'] as const;

/**
 * Checks every stored report has its whole analysis: a record of its own text, and as many rows
 * in each layer table as the record has items. Returns the stored hashes.
 */
function checkAnalyses(path: string): string[] {
  const store = new SqliteStore(path);
  try {
    const db = store.connection;
    const rows = db.prepare('SELECT id, sha256, duplicate_of AS dup FROM documents').all() as { id: number; sha256: string; dup: number | null }[];
    for (const row of rows) {
      if (row.dup !== null) continue;
      const record = store.getRecord(row.id);
      assert.ok(record, `document ${row.id} has no analysis`);
      assert.equal(record.doc.sha256, row.sha256);
      for (const layer of LAYERS) {
        const count = db.prepare(`SELECT count(*) FROM ${layer} WHERE document_id = ?`).pluck().get(row.id);
        assert.equal(count, record[layer].length, `document ${row.id}: ${layer} rows`);
      }
    }
    return rows.map((r) => r.sha256);
  } finally {
    store.close();
  }
}

describe('ingest under SIGKILL', () => {
  it('keeps every document exactly once with its full analysis after kills at random points', async (t) => {
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus);
    const db = join(dir, 'killed.db');
    const random = seeded(20250605);
    let killed = 0;
    let target = 0;
    for (let k = 0; k < KILLS; k++) {
      target = Math.max(target + 1, Math.floor(target + random() * (LINES - target) * 0.5));
      const child = startCli(['ingest', '--db', db, '--workers', '2', '--json', corpus]);
      const done = finished(child);
      let exited = false;
      void done.then(() => (exited = true));
      while (!exited && storedCount(db) < target) await sleep(15);
      await sleep(Math.floor(random() * 40));
      if (!exited && child.kill('SIGKILL')) (killed++, t.diagnostic(`killed with ${storedCount(db)} documents stored`));
      const result = await done;
      assert.ok(result.signal === 'SIGKILL' || result.code === 0, result.stderr);
    }
    assert.ok(killed >= 2, `only ${killed} runs were killed mid-way`);
    const last = await finished(startCli(['ingest', '--db', db, '--workers', '2', '--json', corpus]));
    assert.equal(last.code, 0, last.stderr);

    const check = new Database(db, { readonly: true });
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok');
    assert.deepEqual(check.pragma('foreign_key_check'), []);
    const missing = check.prepare('SELECT count(*) FROM documents d LEFT JOIN analyses a ON a.document_id = d.id WHERE d.duplicate_of IS NULL AND a.document_id IS NULL').pluck().get();
    assert.equal(missing, 0, 'a stored report without its analysis');
    check.close();

    const stored = checkAnalyses(db);
    const expected = await corpusHashes(corpus);
    assert.equal(stored.length, new Set(stored).size, 'a text stored twice');
    assert.deepEqual(new Set(stored), expected);
  });
});
