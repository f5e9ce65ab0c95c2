import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readKnowledgeBase, shippedNameIndexJson } from './load-kb.js';

describe('knowledge/name-index.json', () => {
  it('is the name index of the shipped files as they are now', () => {
    const shipped = readFileSync(new URL('../../data/kb/name-index.json', import.meta.url), 'utf8');
    assert.ok(shipped === shippedNameIndexJson(), 'data/kb/name-index.json is stale: run node --import tsx scripts/build-kb-index.ts');
  });

  it('is not used when the user has entries: the index is built at load, with their names beside the shipped ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
    writeFileSync(join(dir, 'mine.jsonl'), '{"id":"org:ukrenergo","type":"ORG","name":"Ukrenergo","country":"UKR"}\n');
    const kb = readKnowledgeBase({ userDir: dir });
    assert.deepEqual(kb.index.bucket('ukre')?.map((n) => n.entry.id), ['org:ukrenergo']);
    assert.ok(kb.index.bucket('puti')?.some((n) => n.entry.id === 'person:vladimir-putin'));
  });
});
