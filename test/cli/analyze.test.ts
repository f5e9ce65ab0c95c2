import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { AnalysisRecord } from '../../src/core/record.js';
import { CLI, runCli } from '../support/cli.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { SEED_PATH } from '../support/seed.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-analyze-'));

/** Writes a file in the test folder and returns its path. */
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Asserts a failed run: the exit code, one line on stderr matching `pattern`, no stack trace. */
function assertOneLineError(result: { status: number | null; stderr: string }, code: number, pattern: RegExp): void {
  assert.equal(result.status, code, result.stderr);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got: ${result.stderr}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
}

describe('cli: sitrep analyze FILE', () => {
  it('is built executable, as `npx sitrep` runs the bin file itself', () => {
    assert.ok((statSync(CLI).mode & 0o111) !== 0, `${CLI} is not executable`);
  });

  it('prints a valid record for the seed article, the same on every run', () => {
    const first = runCli(['analyze', '--json', SEED_PATH]);
    assert.equal(first.status, 0, first.stderr);
    const record = JSON.parse(first.stdout) as AnalysisRecord;
    assertRecordInvariants(record);
    assert.equal(record.doc.published, '2025-06-05');
    assert.equal(runCli(['analyze', '--json', SEED_PATH]).stdout, first.stdout);
  });

  it('lets flags override the meta.json and prints indented JSON with --pretty', () => {
    const result = runCli(['analyze', '--pretty', '--published', '2025-06-06', '--title', 'Other', SEED_PATH]);
    const record = JSON.parse(result.stdout) as AnalysisRecord;
    assert.equal(record.doc.published, '2025-06-06');
    assert.equal(record.doc.title, 'Other');
    assert.ok(result.stdout.startsWith('{\n  "schema"'));
  });

  it('reads an article from stdin with -', () => {
    const result = runCli(['analyze', '--json', '-'], { input: 'Kyiv said talks would resume.' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as AnalysisRecord).text, 'Kyiv said talks would resume.');
  });

  it('gives one clear line and exit 1 for each kind of bad file, and goes on with the others', () => {
    const cases: [string, RegExp][] = [
      [file('empty.txt', ''), /empty\.txt: the article is empty/],
      [file('blank.txt', ' \n\t\n'), /blank\.txt: the article is empty/],
      [file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03])), /binary\.bin: looks like a binary file/],
      [file('latin1.txt', Buffer.from('Caf\xe9 talks in Gen\xe8ve.', 'latin1')), /latin1\.txt: is not valid UTF-8 \(first bad byte at offset 3\)/],
      [join(dir, 'missing.txt'), /missing\.txt: no such file/],
    ];
    mkdirSync(join(dir, 'folder'), { recursive: true });
    cases.push([join(dir, 'folder'), /folder: is a directory/]);
    for (const [path, pattern] of cases) assertOneLineError(runCli(['analyze', '--json', path]), 1, pattern);
    const mixed = runCli(['analyze', '--json', join(dir, 'missing.txt'), SEED_PATH]);
    assert.equal(mixed.status, 1);
    assert.equal(mixed.stdout.trim().split('\n').length, 1, 'the good file is still analysed');
  });

  it('refuses a 100 MB text before reading it', () => {
    const big = file('big.txt', Buffer.alloc(100 * 1024 * 1024, 'war and peace '));
    assertOneLineError(runCli(['analyze', big]), 1, /big\.txt: 104857600 bytes is more than the limit of 10485760 bytes/);
  });

  it('answers usage errors with exit 2', () => {
    assertOneLineError(runCli(['analyze']), 2, /give one or more files/);
    assertOneLineError(runCli(['analyze', '--published', 'last week', SEED_PATH]), 2, /Invalid --published "last week"/);
    assert.equal(runCli(['analyse-this']).status, 2);
  });
});

describe('cli: sitrep analyze --jsonl', () => {
  it('writes one record per line in input order, an error record for each bad line, and exit 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Russia and Ukraine met in Istanbul.', published: '2025-06-02' }),
      '{"id": "broken", "text": ',
      '',
      JSON.stringify({ id: 'b', title: 'no text' }),
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ text: 'NATO announced new aid.' }),
    ].join('\n');
    const result = runCli(['analyze', '--jsonl'], { input });
    assert.equal(result.status, 1);
    const records = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { doc: { id: string }; error?: { code: string } });
    assert.deepEqual(records.map((r) => r.doc.id), ['a', '2', 'b', '5', '6']);
    assert.deepEqual(records.map((r) => r.error?.code ?? 'ok'), ['ok', 'E_INPUT_JSON', 'E_INPUT_INVALID', 'E_INPUT_INVALID', 'ok']);
    assert.equal(result.stderr.trim().split('\n').length, 3, 'one stderr line per bad line');
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it('refuses a line over the size limit without holding it, and invalid UTF-8 in a line', () => {
    const long = JSON.stringify({ text: 'x '.repeat(5000) });
    const input = Buffer.concat([Buffer.from(long + '\n'), Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text": "Fine."}\n')]);
    const result = runCli(['analyze', '--jsonl', '--max-bytes', '1000'], { input });
    const codes = result.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { error?: { code: string } }).error?.code ?? 'ok');
    assert.deepEqual(codes, ['E_INPUT_TOO_LARGE', 'E_INPUT_ENCODING', 'ok']);
    assert.equal(result.status, 1);
  });

  it('keeps terminal control sequences from a hostile line out of stderr', () => {
    const result = runCli(['analyze', '--jsonl'], { input: '\u001b]2;owned\u0007 not json\n' });
    assert.equal(result.status, 1);
    assert.doesNotMatch(result.stderr.trimEnd(), /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    assert.match(result.stderr, /line 1: not valid JSON/);
  });

  it('exits 0 when every line is analysed', () => {
    const result = runCli(['analyze', '--jsonl'], { input: '{"text": "Talks resumed."}\n{"text": "They ended."}' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split('\n').length, 2);
  });
});
