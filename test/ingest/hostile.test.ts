import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { finished, peakRssMb, seeded, startCli } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The classic billion-laughs feed: ten levels of ten references each. */
function entityBomb(): string {
  const levels = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss version="2.0"><channel><title>t</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
}

/** Writes `size` bytes of `unit` repeated, in chunks, so the test never holds the whole file. */
function writeRepeated(path: string, head: string, unit: string, size: number, tail: string): void {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  const chunk = unit.repeat(Math.ceil((1 << 20) / unit.length));
  for (let written = 0; written < size; written += chunk.length) writeSync(fd, chunk.slice(0, size - written));
  writeSync(fd, tail);
  closeSync(fd);
}

/** A folder of hostile inputs next to good ones. */
function writeHostileFolder(folder: string): void {
  mkdirSync(join(folder, 'loop'), { recursive: true });
  writeFileSync(join(folder, 'bomb.xml'), entityBomb());
  writeRepeated(join(folder, 'nested.html'), '<html><head><script>while(true){}</script></head><body>', '<div><span>', 10 * 1024 * 1024 - 4096, '</body></html>');
  const random = seeded(42);
  writeFileSync(join(folder, 'random.dat'), Buffer.from(Array.from({ length: 1 << 20 }, () => Math.floor(random() * 256))));
  writeRepeated(join(folder, 'huge.jsonl'), '{"id":"huge","text":"', 'lorem ipsum ', 50 * 1024 * 1024, '"}\n{"id":"after-huge","text":"Ukraine and Russia exchanged prisoners on Friday, officials in Kyiv said."}\n');
  writeFileSync(join(folder, 'malformed.rss'), '<rss><channel><item><title>cut off');
  symlinkSync('..', join(folder, 'loop', 'back-to-root'));
  symlinkSync('self', join(folder, 'self'));
  writeFileSync(join(folder, 'good.txt'), 'Talks resume in Istanbul\n\nRussian and Ukrainian delegations met in Istanbul on Monday for a second round of talks.\n');
  writeFileSync(join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 owners in Kyiv said the power cuts were hurting trade.\n', 'latin1'));
}

describe('ingest of hostile input', () => {
  it('skips each bad input with its reason, keeps memory bounded and stores the rest', async (t) => {
    const folder = join(dir, 'input');
    writeHostileFolder(folder);
    const db = join(dir, 'hostile.db');
    const child = startCli(['ingest', '--db', db, '--workers', '0', '--json', folder], ['--max-old-space-size=160']);
    const done = finished(child);
    let peak = 0;
    let running = true;
    void done.then(() => (running = false));
    while (running) {
      peak = Math.max(peak, peakRssMb(child.pid!));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const result = await done;
    assert.equal(result.code, 1, `exit code 1 when inputs were skipped\n${result.stderr}`);
    const summary = JSON.parse(result.stdout) as { added: number; rejected: { origin: string; code: string; reason: string }[] };
    const reasons = new Map(summary.rejected.map((r) => [r.origin.slice(folder.length + 1), r.code]));
    assert.deepEqual(Object.fromEntries([...reasons].sort()), {
      'bomb.xml': 'E_INPUT_XML_ENTITIES',
      'huge.jsonl:1': 'E_INPUT_TOO_LARGE',
      'latin1.txt': 'E_INPUT_ENCODING',
      'loop/back-to-root': 'E_INPUT_LOOP',
      'malformed.rss': 'E_INPUT_FEED',
      'nested.html': 'E_INPUT_HTML',
      'random.dat': 'E_INPUT_BINARY',
      self: 'E_INPUT_LOOP',
    });
    assert.equal(summary.added, 2);
    t.diagnostic(`peak resident memory of the ingest: ${peak.toFixed(0)} MB`);
    assert.ok(peak > 0 && peak < 400, `peak resident memory ${peak.toFixed(0)} MB`);
    const store = new SqliteStore(db);
    assert.deepEqual(store.query('documents', {}).map((r) => r.doc).sort(), ['after-huge', 'good']);
    assert.equal(store.stats().rejected, 8);
    store.close();
  });
});
