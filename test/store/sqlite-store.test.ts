import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { storePath } from '../../src/store/store-path.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { entity, event, handRecord, longText, storedPair } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const RUN = { command: 'test', engineVersion: '0', pipelineHash: 'hash-a', pipeline: '[]' };

/** Two documents with hand-filled entities and events: Russia strikes Ukraine; Ukraine accuses Russia. */
function seedStore(store: SqliteStore): number {
  const run = store.beginRun(RUN);
  const a = handRecord('a', 'Russia struck Kyiv on Monday, officials said.', {
    published: '2025-06-02', source: 'Wire',
    entities: [entity('m1', 'e1', 'Russia', 'RUS', 'RUS'), entity('m2', 'e2', 'Kyiv', 'UKR', 'UKR', 14)],
    events: [event('v1', 'ASSAULT', ['e1', 'RUSMIL', 'Russia'], ['e2', 'UKR', 'Kyiv'], '2025-06-02')],
  });
  const b = handRecord('b', 'Ukraine accused Moscow of war crimes.', {
    published: '2025-06-05T10:00:00Z', source: 'Daily',
    entities: [entity('m1', 'e1', 'Ukraine', 'UKR', 'UKRGOV'), entity('m2', 'e2', 'Moscow', 'RUS', 'RUSGOV', 16)],
    events: [event('v1', 'ACCUSE', ['e1', 'UKRGOV', 'Ukraine'], ['e2', 'RUSGOV', 'Moscow'])],
  });
  store.saveBatch(run, [storedPair(a, 'file:a'), storedPair(b, 'https://example.org/b')]);
  return run;
}

describe('store/sqlite', () => {
  it('stores a record and gives it back byte for byte, with its rows', () => {
    const store = new SqliteStore(':memory:');
    const run = store.beginRun(RUN);
    const record = handRecord('x', 'Russia struck Kyiv.', { entities: [entity('m1', 'e1', 'Russia', 'RUS', 'RUS')] });
    const [outcome] = store.saveBatch(run, [storedPair(record, 'k')]);
    assert.equal(outcome!.kind, 'added');
    assert.equal(JSON.stringify(store.getRecord(outcome!.id)), JSON.stringify(record));
    assert.deepEqual(store.diagnostics(outcome!.id), [{ code: 'test/note', severity: 'info', stage: 'test', message: 'hand-made' }]);
    assert.equal(store.stats().entities, 1);
    store.close();
  });

  it('stores the same text once, and a changed text under the same key as a new version', () => {
    const store = new SqliteStore(':memory:');
    const run = store.beginRun(RUN);
    const v1 = storedPair(handRecord('x', 'First text of the story.', {}), 'https://example.org/s');
    const v2 = storedPair(handRecord('x', 'First text of the story, corrected.', {}), 'https://example.org/s');
    const [added] = store.saveBatch(run, [v1.doc].map((doc) => ({ doc, analysis: v1.analysis })));
    const [same] = store.saveBatch(run, [{ doc: v1.doc, analysis: v1.analysis }]);
    const [version] = store.saveBatch(run, [{ doc: v2.doc, analysis: v2.analysis }]);
    assert.equal(added!.kind, 'added');
    assert.deepEqual(same, { kind: 'unchanged', id: added!.id });
    assert.deepEqual(version, { kind: 'version', id: version!.id, previous: added!.id, version: 2 });
    assert.equal(store.stats().documents, 1);
    assert.equal(store.stats().versions, 1);
    assert.deepEqual(store.query('documents', {}).map((r) => r.version), [2]);
    store.close();
  });

  it('links a near-copy (another dateline and footer) to the original instead of storing a second report', () => {
    const store = new SqliteStore(':memory:');
    const run = store.beginRun(RUN);
    const body = longText(7);
    const original = storedPair(handRecord('o', `KYIV (Wire) - ${body}`, {}), 'https://wire.example/1');
    const copy = storedPair(handRecord('c', `LONDON, June 5 (Daily) - ${body} Copyright Daily News. All rights reserved.`, {}), 'https://daily.example/9');
    const other = storedPair(handRecord('d', longText(99), {}), 'https://daily.example/10');
    const outcomes = store.saveBatch(run, [original, copy, other]);
    assert.deepEqual(outcomes.map((o) => o.kind), ['added', 'duplicate', 'added']);
    assert.equal(outcomes[1]!.kind === 'duplicate' && outcomes[1]!.of, outcomes[0]!.id);
    assert.equal(store.stats().documents, 2);
    assert.equal(store.stats().duplicates, 1);
    store.close();
  });

  it('signs the documents of a store made before one permutation hashing again when it is opened, and finds their near-copies', () => {
    const path = join(dir, 'old-signatures.db');
    const old = new SqliteStore(path);
    const run = old.beginRun(RUN);
    const body = longText(11);
    const [original] = old.saveBatch(run, [storedPair(handRecord('o', `KYIV (Wire) - ${body}`, {}), 'https://wire.example/2')]);
    // What a store of the earlier scheme holds: another signature and its bands, and no record of migration 0004.
    old.connection.prepare('UPDATE documents SET minhash = ? WHERE id = ?').run(Buffer.alloc(256, 7), original!.id);
    old.connection.exec("DELETE FROM doc_bands; INSERT INTO doc_bands (band, document_id) VALUES (1, 1); DELETE FROM schema_migrations WHERE name = '0004-one-permutation-minhash'");
    old.close();
    const store = new SqliteStore(path);
    const copy = storedPair(handRecord('c', `LONDON, June 5 (Daily) - ${body} Copyright Daily News.`, {}), 'https://daily.example/11');
    const [outcome] = store.saveBatch(store.beginRun(RUN), [copy]);
    assert.equal(outcome!.kind, 'duplicate');
    assert.equal(outcome!.kind === 'duplicate' && outcome!.of, original!.id);
    const bands = store.connection.prepare('SELECT count(*) FROM doc_bands WHERE document_id = ?').pluck().get(original!.id);
    assert.equal(bands, 16);
    store.close();
  });

  it('indexes the full text of every document once, in batches, on a store made when a trigger did it', () => {
    const path = join(dir, 'fts-trigger.db');
    const old = new SqliteStore(path);
    old.saveBatch(old.beginRun(RUN), [storedPair(handRecord('t', 'Troops shelled Kharkiv overnight.', {}), 'k:t')]);
    // What a store of the earlier scheme holds besides: the insert trigger, and no record of migration 0005.
    old.connection.exec(`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
      INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END;
      DELETE FROM schema_migrations WHERE name = '0005-fts-per-batch'`);
    old.close();
    const store = new SqliteStore(path);
    const run = store.beginRun(RUN);
    store.saveBatch(run, [1, 2, 3].map((n) => storedPair(handRecord(`b${n}`, `Talks on Kharkiv, round ${n}.`, {}), `k:b${n}`)));
    store.saveBatch(run, [storedPair(handRecord('l', 'Talks resumed in Geneva.', {}), 'k:l')]);
    assert.deepEqual(store.query('documents', { text: 'Kharkiv' }).map((r) => r.doc), ['t', 'b1', 'b2', 'b3']);
    assert.deepEqual(store.query('documents', { text: 'talks' }).map((r) => r.doc), ['b1', 'b2', 'b3', 'l']);
    // FTS5's own check that the index holds exactly the entries of the documents' current text.
    store.connection.exec("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)");
    store.close();
  });

  it('filters events by PLOVER category, country, actor code and name, dates, text and source', () => {
    const store = new SqliteStore(':memory:');
    seedStore(store);
    const ids = (filter: Parameters<SqliteStore['query']>[1]) => store.query('events', filter).map((r) => `${r.doc}/${r.plover}`);
    assert.deepEqual(ids({}), ['b/ACCUSE', 'a/ASSAULT']);
    assert.deepEqual(ids({ plover: 'ASSAULT' }), ['a/ASSAULT']);
    assert.deepEqual(ids({ country: 'UKR', plover: 'ACCUSE' }), ['b/ACCUSE']);
    // A country on either side, newest first, each event once; a limit keeps the newest.
    assert.deepEqual(ids({ country: 'RUS' }), ['b/ACCUSE', 'a/ASSAULT']);
    assert.deepEqual(ids({ country: 'UKR', limit: 1 }), ['b/ACCUSE']);
    assert.deepEqual(ids({ country: 'RUS', text: 'struck' }), ['a/ASSAULT']);
    assert.deepEqual(ids({ actor: 'RUSMIL' }), ['a/ASSAULT']);
    assert.deepEqual(ids({ actor: 'RUS' }), ['b/ACCUSE', 'a/ASSAULT']);
    assert.deepEqual(ids({ actor: 'moscow' }), ['b/ACCUSE']);
    assert.deepEqual(ids({ since: '2025-06-03' }), ['b/ACCUSE']);
    assert.deepEqual(ids({ until: '2025-06-02' }), ['a/ASSAULT']);
    assert.deepEqual(ids({ until: '2025-06-05' }), ['b/ACCUSE', 'a/ASSAULT']);
    assert.deepEqual(ids({ text: 'crimes' }), ['b/ACCUSE']);
    assert.deepEqual(ids({ source: 'wire' }), ['a/ASSAULT']);
    assert.deepEqual(ids({ source: 'https://example.org/' }), ['b/ACCUSE']);
    store.close();
  });

  it('shows an event side by the names of its entities and finds it by them, however the article refers to it', () => {
    const store = new SqliteStore(':memory:');
    const run = store.beginRun(RUN);
    const record = handRecord('p', 'He criticized Iran.', {
      entities: [{ ...entity('m1', 'e1', 'Donald Trump', 'USA', 'USAGOV'), type: 'PERSON', text: 'He', end: 2 }, entity('m2', 'e2', 'Iran', 'IRN', 'IRN', 14)],
      events: [event('v1', 'ACCUSE', ['e1', 'USAGOV', 'He'], ['e2', 'IRN', 'Iran'])],
    });
    store.saveBatch(run, [storedPair(record, 'file:p')]);
    const rows = store.query('events', { actor: 'trump' });
    assert.deepEqual(rows.map((r) => [r.source, r.target]), [['Donald Trump', 'Iran']]);
    store.close();
  });

  it('filters entities, claims and documents, and lists documents for export', () => {
    const store = new SqliteStore(':memory:');
    seedStore(store);
    assert.deepEqual(store.query('entities', { country: 'RUS' }).map((r) => r.name), ['Russia', 'Moscow']);
    assert.deepEqual(store.query('entities', { actor: 'UKRGOV' }).map((r) => r.name), ['Ukraine']);
    assert.deepEqual(store.query('documents', { plover: 'assault' }).map((r) => r.doc), ['a']);
    assert.deepEqual(store.query('documents', { text: 'Kyiv' }).map((r) => r.doc), ['a']);
    assert.deepEqual(store.query('claims', {}), []);
    assert.deepEqual(store.findDocumentIds({ country: 'UKR' }).length, 2);
    store.close();
  });

  it('lists documents analysed by another pipeline and replaces their analysis', () => {
    const store = new SqliteStore(':memory:');
    const run = seedStore(store);
    const pending = store.pendingAnalyses('hash-b', 10, 0);
    assert.deepEqual(pending.map((p) => p.input.id), ['a', 'b']);
    assert.equal(pending[1]!.input.published, '2025-06-05T10:00:00Z');
    const replacement = storedPair(handRecord('a', 'Russia struck Kyiv on Monday, officials said.', {}), 'file:a', 'hash-b');
    store.saveAnalyses(run, [{ id: pending[0]!.id, analysis: replacement.analysis }]);
    assert.deepEqual(store.pendingAnalyses('hash-b', 10, 0).map((p) => p.input.id), ['b']);
    assert.deepEqual(store.query('events', {}).map((r) => r.doc), ['b']);
    store.close();
  });

  it('reopens a file store without migrating twice and records rejections once per origin and reason', () => {
    const path = join(dir, 'reopen.db');
    const first = new SqliteStore(path);
    const run = first.beginRun(RUN);
    first.saveRejections(run, [{ origin: '/x', code: 'E_INPUT_BINARY', reason: 'binary' }]);
    first.close();
    const second = new SqliteStore(path);
    second.saveRejections(run, [{ origin: '/x', code: 'E_INPUT_BINARY', reason: 'binary' }]);
    assert.equal(second.stats().rejected, 1);
    assert.equal(second.connection.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(second.connection.pragma('foreign_keys', { simple: true }), 1);
    second.close();
  });
});

describe('store/sqlite full-text errors', () => {
  it('reports a malformed --text query as a usage error', () => {
    const store = new SqliteStore(':memory:');
    assert.throws(() => store.query('documents', { text: 'AND OR (' }), { code: 'E_USAGE' });
    assert.throws(() => store.query('events', { country: 'RUS', text: 'AND OR (', limit: 5 }), { code: 'E_USAGE' });
    store.close();
  });
});

describe('store/sqlite events of a country with a text', () => {
  it('gives the newest matching events whether the text matches most documents or a few', () => {
    const store = new SqliteStore(':memory:');
    const run = store.beginRun(RUN);
    // 40 reports of Russian strikes on Ukraine, one a day; every one says "strikes", only day 7 says "Kharkiv".
    const pairs = Array.from({ length: 40 }, (_, i) => {
      const date = i < 31 ? `2025-05-${String(i + 1).padStart(2, '0')}` : `2025-06-${String(i - 30).padStart(2, '0')}`;
      const place = i === 6 ? 'Kharkiv' : 'Odesa';
      return storedPair(handRecord(`r${i}`, `Russia strikes ${place} again, report ${i}.`, {
        published: date,
        entities: [entity('m1', 'e1', 'Russia', 'RUS', 'RUS'), entity('m2', 'e2', place, 'UKR', 'UKR', 15)],
        events: [event('v1', 'ASSAULT', ['e1', 'RUSMIL', 'Russia'], ['e2', 'UKR', place], date)],
      }), `k${i}`);
    });
    store.saveBatch(run, pairs);
    const docs = (filter: Parameters<SqliteStore['query']>[1]) => store.query('events', filter).map((r) => r.doc);
    // "strikes" is in all 40 documents. With a limit of 1 the country's events are walked newest first and each
    // document looked up (40 matches reach the count of sqrt(20 × 1 × 40) ≈ 29); with 3 they are read from the
    // matching documents (the count stops at 49).
    assert.deepEqual(docs({ country: 'UKR', text: 'strikes', limit: 1 }), ['r39']);
    assert.deepEqual(docs({ country: 'UKR', text: 'strikes', limit: 3 }), ['r39', 'r38', 'r37']);
    // "Kharkiv" is in one document: its events are read from it.
    assert.deepEqual(docs({ country: 'RUS', text: 'Kharkiv', limit: 3 }), ['r6']);
    assert.deepEqual(docs({ country: 'UKR', text: 'strikes NOT Odesa', limit: 3 }), ['r6']);
    assert.deepEqual(docs({ country: 'USA', text: 'strikes', limit: 3 }), []);
    store.close();
  });
});

describe('store/store-path', () => {
  it('takes --db, else SITREP_DB, else ./sitrep.db', () => {
    assert.equal(storePath('/x/a.db', { SITREP_DB: '/y/b.db' }), '/x/a.db');
    assert.equal(storePath(undefined, { SITREP_DB: '/y/b.db' }), '/y/b.db');
    assert.equal(storePath(undefined, {}), './sitrep.db');
  });
});
