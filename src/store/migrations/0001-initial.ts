import type { Migration } from './index.js';

/**
 * The first schema. Layout: `documents` holds one row per distinct normalised text (a new text for
 * the same key is a new version, the old one loses `current`; a near-copy of another report points
 * to it with `duplicate_of`); `analyses` one deflated record per document; one table per layer with
 * a row per mention; `doc_bands` the MinHash LSH bands used to find near-duplicates; `documents_fts`
 * an FTS5 index over titles and texts that reads its content from `documents`.
 */
export const initial: Migration = {
  name: '0001-initial',
  up: `
CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL DEFAULT 'running',
  engine_version TEXT NOT NULL,
  pipeline_hash TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  versions INTEGER NOT NULL DEFAULT 0,
  duplicates INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  analysed INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL,
  key TEXT NOT NULL,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT,
  url TEXT,
  source TEXT,
  byline TEXT,
  published TEXT,
  sha256 TEXT NOT NULL UNIQUE,
  raw_sha256 TEXT NOT NULL,
  text TEXT NOT NULL,
  raw BLOB NOT NULL,
  input BLOB,
  minhash BLOB,
  version INTEGER NOT NULL DEFAULT 1,
  previous_id INTEGER REFERENCES documents(id),
  current INTEGER NOT NULL DEFAULT 1,
  duplicate_of INTEGER REFERENCES documents(id),
  similarity REAL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_key ON documents(key, current);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_duplicate ON documents(duplicate_of);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE doc_bands (
  band INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band, document_id)
) WITHOUT ROWID;

CREATE TABLE analyses (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  pipeline_hash TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  record BLOB NOT NULL,
  analysed_at TEXT NOT NULL
);
CREATE INDEX analyses_pipeline ON analyses(pipeline_hash);

CREATE TABLE entities (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  mid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, entity TEXT NOT NULL, name TEXT NOT NULL, kb TEXT, country TEXT, actor TEXT,
  confidence REAL NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX entities_document ON entities(document_id);
CREATE INDEX entities_country ON entities(country, document_id);
CREATE INDEX entities_actor ON entities(actor, document_id);

CREATE TABLE times (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  mid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  type TEXT NOT NULL, value TEXT, certainty TEXT NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX times_document ON times(document_id);

CREATE TABLE quantities (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  mid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  value REAL NOT NULL, approx TEXT, unit TEXT, fraction INTEGER NOT NULL, confidence REAL NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX quantities_document ON quantities(document_id);

CREATE TABLE claims (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  cid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  source_text TEXT, source_entity TEXT, source_name TEXT, cue TEXT NOT NULL, cue_lemma TEXT NOT NULL,
  content TEXT NOT NULL, kind TEXT NOT NULL, stance TEXT NOT NULL, confidence REAL, rule TEXT
);
CREATE INDEX claims_document ON claims(document_id);

CREATE TABLE events (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  vid TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, trigger TEXT NOT NULL,
  plover TEXT NOT NULL, cameo TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL, mode TEXT, status TEXT NOT NULL,
  source_actor TEXT, source_text TEXT, source_country TEXT, target_actor TEXT, target_text TEXT, target_country TEXT,
  location TEXT, time_value TEXT, date TEXT, reported_by TEXT, confidence REAL NOT NULL, rule TEXT
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_plover_date ON events(plover, date);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_country ON events(source_country, date);
CREATE INDEX events_target_country ON events(target_country, date);
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);

CREATE TABLE diagnostics (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code TEXT NOT NULL, severity TEXT NOT NULL, stage TEXT NOT NULL, message TEXT NOT NULL, start INTEGER, "end" INTEGER
);
CREATE INDEX diagnostics_document ON diagnostics(document_id);

CREATE TABLE rejections (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  at TEXT NOT NULL,
  UNIQUE (origin, code)
);
`,
};
