import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { finished, startCli } from './cli-child.js';
import { writeMixedFolder } from './mixed-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `sitrep ARGS` to the end, with `stdin` (empty by default). */
async function sitrep(args: string[], stdin = '') {
  const child = startCli(args);
  child.stdin?.end(stdin);
  return finished(child);
}

describe('cli: ingest, query, export, stats', () => {
  it('ingests a folder (its own store inside it is not read) and stdin, then answers queries as a table, JSON and CSV', async () => {
    const corpus = join(dir, 'corpus');
    writeMixedFolder(corpus);
    const db = join(corpus, 'sitrep.db');
    const note = 'Talks resume in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Monday.\n';
    const first = await sitrep(['ingest', '--db', db, '--workers', '0', '--exclude', 'drafts', '--json', corpus, '-'], note);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout).rejected, []);
    assert.equal(JSON.parse(first.stdout).added, 9);
    const env = { db };
    const [docs, csv, json, stats, exported] = await Promise.all([
      sitrep(['query', 'documents', '--db', env.db, '--source', 'Daily Courier']),
      sitrep(['query', 'documents', '--db', env.db, '--text', 'Ankara', '--csv']),
      sitrep(['query', 'entities', '--db', env.db, '--country', 'ukr', '--json', '--limit', '3']),
      sitrep(['stats', '--db', env.db, '--json']),
      sitrep(['export', '--db', env.db, '--format', 'gdelt', '--since', '2025-06-01']),
    ]);
    assert.match(docs.stdout, /^id\s+doc\s+title/);
    assert.match(docs.stdout, /Zelensky meets Erdogan in Ankara/);
    assert.equal(csv.stdout.split('\n')[0], 'id,doc,title,source,published,url,version,format');
    assert.match(csv.stdout, /Zelensky meets Erdogan in Ankara,Daily Courier,2025-06-03T09:00:00.000Z,https:\/\/courier.example\/world\/ankara,1,feed/);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { country: string });
    assert.ok(rows.length > 0 && rows.length <= 3 && rows.every((r) => r.country === 'UKR'));
    assert.equal(JSON.parse(stats.stdout).documents, 9);
    assert.match(exported.stdout, /^GLOBALEVENTID,/);
  });
});
