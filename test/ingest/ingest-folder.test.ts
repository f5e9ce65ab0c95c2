import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { exportStore } from '../../src/app/export.js';
import { ingest } from '../../src/app/ingest.js';
import { reanalyze } from '../../src/app/reanalyze.js';
import { readArticleFile } from '../../src/ingest/read-article-file.js';
import { toArticleInput } from '../../src/pipeline/article-input.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { testAnalyzer } from '../support/seed.js';
import { writeMixedFolder } from './mixed-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const corpus = join(dir, 'corpus');
writeMixedFolder(corpus);
const store = new SqliteStore(join(dir, 'store.db'));
after(() => store.close());
const options = { maxBytes: 10 * 1024 * 1024, exclude: ['drafts'] };

/** The stored record of the one current document whose doc id is `docId`. */
function recordOf(docId: string) {
  const row = store.query('documents', { limit: 0 }).find((r) => r.doc === docId);
  assert.ok(row, `no document ${docId}`);
  return store.getRecord(row.id as number)!;
}

describe('app/ingest over a mixed folder', () => {
  it('stores text, Markdown, HTML, feed items and JSONL lines, linking the syndicated copy', async () => {
    const summary = await ingest(store, [corpus], { ...options, workers: 1 });
    // seed + brief + page + 2 feed items + 4 JSONL lines; the page (walked after feed.xml) is a near-copy of the first item.
    assert.deepEqual({ added: summary.added, duplicates: summary.duplicates, skipped: summary.skipped }, { added: 8, duplicates: 1, skipped: 0 });
    const stats = store.stats();
    assert.equal(stats.documents, 8);
    assert.deepEqual(stats.formats, { feed: 2, html: 1, jsonl: 4, text: 2 });
  });

  it('stores exactly the record `sitrep analyze` makes', () => {
    const analyzer = testAnalyzer();
    const seed = readArticleFile(join(corpus, 'seed.txt'));
    assert.equal(JSON.stringify(recordOf(seed.id!)), JSON.stringify(analyzer.analyze(seed)));
    const line = readFileSync(join(corpus, 'dump.jsonl'), 'utf8').split('\n')[0]!;
    const input = toArticleInput(JSON.parse(line), 'dump.jsonl:1');
    assert.equal(JSON.stringify(recordOf(input.id!)), JSON.stringify(analyzer.analyze(input)));
  });

  it('adds nothing when the folder is ingested again', async () => {
    const before = store.stats();
    const summary = await ingest(store, [corpus], { ...options, workers: 0 });
    assert.deepEqual({ added: summary.added, versions: summary.versions, duplicates: summary.duplicates }, { added: 0, versions: 0, duplicates: 0 });
    assert.equal(summary.unchanged, 9);
    const { runs: _a, ...now } = store.stats();
    const { runs: _b, ...was } = before;
    assert.deepEqual(now, was);
  });

  it('answers queries on documents, metadata, full text, entities and events', () => {
    const feed = store.query('documents', { source: 'Daily Courier' });
    assert.deepEqual(feed.map((r) => [r.title, r.published, r.url]), [
      ['Drones hit four Russian airfields', '2025-06-02T11:00:00.000Z', 'https://courier.example/world/drones'],
      ['Zelensky meets Erdogan in Ankara', '2025-06-03T09:00:00.000Z', 'https://courier.example/world/ankara'],
    ]);
    assert.deepEqual(store.query('documents', { source: 'The Wire' }), [], 'the near-copy is linked, not a report of its own');
    const page = store.connection.prepare("SELECT published, byline, duplicate_of AS of FROM documents WHERE format = 'html'").get();
    assert.deepEqual(page, { published: '2025-06-02T08:00:00Z', byline: 'Jane Roe', of: feed[0]!.id });
    assert.deepEqual(store.query('documents', { text: 'Erdogan AND Ankara' }).map((r) => r.url), ['https://courier.example/world/ankara']);
    assert.deepEqual(store.query('documents', { since: '2025-06-03', until: '2025-06-03' }).map((r) => r.title), ['Zelensky meets Erdogan in Ankara']);
    assert.deepEqual(store.query('documents', { source: 'https://courier.example/world/a' }).map((r) => r.url), ['https://courier.example/world/ankara']);
    const entities = store.query('entities', { country: 'UKR', source: 'Daily Courier', limit: 0 });
    assert.ok(entities.length > 0 && entities.every((r) => r.country === 'UKR'));
    let events = 0;
    for (const id of store.findDocumentIds({})) events += store.getRecord(id)!.events.length;
    assert.equal(store.query('events', { limit: 0 }).length, events);
    const lines = [...exportStore(store, 'jsonl', { source: 'Daily Courier', text: 'Ankara' })];
    assert.equal(lines.length, 1);
    assert.equal(JSON.parse(lines[0]!).doc.title, 'Zelensky meets Erdogan in Ankara');
  });

  it('stores an article read from stdin once', async () => {
    const text = 'Talks resume in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Monday.\n';
    const once = await ingest(store, ['-'], { ...options, workers: 0, stdin: Readable.from([Buffer.from(text)]) });
    const again = await ingest(store, ['-'], { ...options, workers: 0, stdin: Readable.from([Buffer.from(text)]) });
    assert.deepEqual([once.added, again.added, again.unchanged], [1, 0, 1]);
    assert.deepEqual(store.query('documents', { text: 'delegations AND Monday AND resume' }).map((r) => r.doc), ['stdin']);
    const record = store.getRecord(store.query('documents', { text: 'resume' })[0]!.id as number);
    assert.equal(JSON.stringify(record), JSON.stringify(testAnalyzer().analyze({ id: 'stdin', text })));
  });

  it('stores a changed article as a new version, and re-analyses only under another pipeline', async () => {
    writeFileSync(join(corpus, 'notes', 'brief.md'), 'Briefing note\n\nThe Kremlin said on Friday that talks with Ukraine would resume in Geneva.\n');
    const summary = await ingest(store, [corpus], { ...options, workers: 0 });
    assert.deepEqual({ added: summary.added, versions: summary.versions }, { added: 0, versions: 1 });
    assert.deepEqual(store.query('documents', { text: 'Briefing' }).map((r) => r.version), [2]);
    assert.equal((await reanalyze(store, { workers: 0 })).analysed, 0);
    const before = JSON.stringify(recordOf('seed-000'));
    store.connection.prepare("UPDATE analyses SET pipeline_hash = 'old'").run();
    // Nine current reports (eight files and feed items, one from stdin): the first version of the note and the near-copy are not analysed again.
    const reports: { analysed: number; failed: number; total: number }[] = [];
    assert.equal((await reanalyze(store, { workers: 0, onProgress: (p) => reports.push(p) })).analysed, 9);
    // Counted first, then reported after each page: the total is known before any analysis.
    assert.deepEqual(reports[0], { analysed: 0, failed: 0, total: 9 });
    assert.deepEqual(reports.at(-1), { analysed: 9, failed: 0, total: 9 });
    assert.equal(JSON.stringify(recordOf('seed-000')), before);
  });
});
