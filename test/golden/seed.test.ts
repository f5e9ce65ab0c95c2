import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../src/app/analyze.js';
import { readArticleFile } from '../../src/ingest/read-article-file.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { SEED_PATH, seedRecord } from '../support/seed.js';

describe('golden: the seed article', () => {
  it('reads the headline as the title and the meta.json date as published', () => {
    const record = seedRecord();
    assert.equal(record.doc.id, 'seed-000');
    assert.equal(record.doc.title, 'Putin Warns of Retaliation Amid Ongoing Ukraine Conflict and Drone Attacks');
    assert.equal(record.doc.published, '2025-06-05');
    assert.equal(record.schema, 'sitrep.analysis/1');
  });

  it('has one sentence per line: the headline, the standfirst and 21 body sentences', () => {
    const record = seedRecord();
    assert.equal(record.sentences.length, 23);
    assert.equal(record.text.slice(record.sentences[0]!.start, record.sentences[0]!.end), record.doc.title);
  });

  it('keeps every invariant of the spec', () => {
    assertRecordInvariants(seedRecord());
  });

  it('is deterministic: two analyzers give byte-identical JSON', () => {
    const input = readArticleFile(SEED_PATH);
    const first = JSON.stringify(createAnalyzer().analyze(input));
    const second = JSON.stringify(createAnalyzer().analyze(input));
    assert.equal(first, second);
  });
});
