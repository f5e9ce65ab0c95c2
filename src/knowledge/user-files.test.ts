import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SitrepError } from '../core/errors.js';
import { appendUserEntries, parseUserKbFile, readUserKb } from './user-files.js';

const COUNTRIES = new Set(['RUS', 'UKR', 'USA']);

function errorOf(body: () => unknown): SitrepError {
  try {
    body();
  } catch (error) {
    assert.ok(error instanceof SitrepError);
    return error;
  }
  assert.fail('expected an error');
}

describe('user KB files', () => {
  it('reads JSON lines and JSON arrays', () => {
    assert.equal(parseUserKbFile('a.jsonl', '{"id":"x","type":"ORG","name":"X Corp"}\n\n', COUNTRIES).length, 1);
    assert.equal(parseUserKbFile('a.json', '[{"id":"y","type":"GPE","name":"Y","country":"UKR"}]', COUNTRIES)[0]!.country, 'UKR');
  });
  it('names the file and line of broken JSON', () => {
    const e = errorOf(() => parseUserKbFile('k.jsonl', '{"id":"x","type":"ORG","name":"X"}\n{"id": oops}\n', COUNTRIES));
    assert.equal(e.code, 'E_KNOWLEDGE_INVALID');
    assert.match(e.message, /^k\.jsonl:2: not valid JSON/);
    assert.match(errorOf(() => parseUserKbFile('k.json', '[\n{"id":"x",\n', COUNTRIES)).message, /^k\.json:\d+: not valid JSON/);
  });
  it('rejects duplicate ids, unknown types, countries and actor codes', () => {
    assert.match(errorOf(() => parseUserKbFile('d.jsonl', '{"id":"x","type":"ORG","name":"A"}\n{"id":"x","type":"ORG","name":"B"}', COUNTRIES)).message, /^d\.jsonl:2: duplicate id "x" \(first at d\.jsonl:1\)/);
    assert.match(errorOf(() => parseUserKbFile('t.jsonl', '{"id":"x","type":"THING","name":"A"}', COUNTRIES)).message, /t\.jsonl:1: .*unknown type "THING"/);
    assert.match(errorOf(() => parseUserKbFile('c.jsonl', '{"id":"x","type":"ORG","name":"A","country":"XXX"}', COUNTRIES)).message, /unknown country code "XXX"/);
    assert.match(errorOf(() => parseUserKbFile('r.jsonl', '{"id":"x","type":"PERSON","name":"A","roles":[{"actor":"QQQGOV"}]}', COUNTRIES)).message, /unknown actor code "QQQGOV"/);
    assert.match(errorOf(() => parseUserKbFile('r.jsonl', '{"id":"x","type":"PERSON","name":"A","roles":[{"actor":"RUSGOV","from":"May 2020"}]}', COUNTRIES)).message, /role "from" must be a date/);
  });
  it('accepts codes a file declares with $codes', () => {
    assert.equal(parseUserKbFile('v.jsonl', '{"$codes":["ARN"]}\n{"id":"x","type":"GPE","name":"Arnor","country":"ARN","actor":"ARNGOV"}', COUNTRIES).length, 1);
  });
  it('appends checked entries and refuses an id already in the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
    writeFileSync(join(dir, 'mine.jsonl'), '{"id":"person:a","type":"PERSON","name":"A B"}\n');
    appendUserEntries(dir, 'entries.jsonl', [{ id: 'person:c', type: 'PERSON', name: 'C D', country: 'USA' }], COUNTRIES);
    assert.equal(readUserKb(dir, COUNTRIES).length, 2);
    assert.match(errorOf(() => appendUserEntries(dir, 'entries.jsonl', [{ id: 'person:a', type: 'PERSON', name: 'A' }], COUNTRIES)).message, /duplicate id "person:a"/);
  });
});
