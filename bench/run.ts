/**
 * `npm run bench`: throughput of the analysis pipeline on the Kremlin corpus (repeated to at least
 * 5 MB), against the bare wink-nlp tokenizer as the floor; cold start of a one-article run; and,
 * when present, the store benchmark. Prints a table and writes JSON to bench/results/.
 * Every measurement runs the compiled `dist/` that `npm run bench` builds first, the code `sitrep`
 * runs: tsx's transform of the sources, which the bench ran before, was 8–18% slower in three pinned
 * A/B runs.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { canPin } from './machine-ceiling.js';

/** One measurement, as bench/measure.ts prints it. */
interface Measurement {
  name: string;
  docs: number;
  words: number;
  bytes: number;
  ms: number;
  peakRssMb: number;
  setupMs: number;
  stageMs?: Record<string, number>;
}

/** A printable row of the result table. */
interface Row {
  name: string;
  value: number | string;
  unit: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}dist/cli/main.js`;
const SEED = `${ROOT}samples/000_0287e4d4dab2f649.txt`;

/** Runs one measurement in its own process (on one CPU only with `pinned`); it prints one JSON line per row. */
function measure(what: string, pinned = false): Measurement[] {
  const command = [process.execPath, '--import', 'tsx', `${ROOT}bench/measure.ts`, what];
  // Pinned with taskset to one CPU: V8's garbage-collection and compiler threads then share that core too.
  if (pinned) command.unshift('/usr/bin/taskset', '-c', '0');
  const out = execFileSync(command[0]!, command.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  return out.trim().split('\n').map((line) => JSON.parse(line) as Measurement);
}

/** Milliseconds from spawning `sitrep analyze` on one article to its first byte on stdout; the median of `runs`. */
async function coldStart(runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await new Promise<number>((resolve, reject) => {
        const t0 = performance.now();
        const child = spawn(process.execPath, [CLI, 'analyze', '--json', SEED], { stdio: ['ignore', 'pipe', 'inherit'] });
        let first = 0;
        child.stdout.once('data', () => (first = performance.now() - t0));
        child.stdout.resume();
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(first) : reject(new Error(`sitrep analyze exited ${code}`))));
      }),
    );
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Words per second of a measurement. */
const wps = (m: Measurement): number => m.words / (m.ms / 1000);

const [floor, stage, tokens] = measure('pair') as [Measurement, Measurement, Measurement];
const [full] = measure('full') as [Measurement];
const pinned = canPin() ? (measure('full', true) as [Measurement])[0] : undefined;
const cold = await coldStart(5);
const knowledge = JSON.parse(
  execFileSync(process.execPath, ['--import', 'tsx', `${ROOT}bench/knowledge.ts`], { cwd: ROOT, encoding: 'utf8' }).trim(),
) as { name: string; ms: number; rssMb: number; heapMb: number }[];
const rows: Row[] = [
  { name: 'corpus', value: `${full.docs} docs, ${full.words} words, ${(full.bytes / 1048576).toFixed(1)} MB`, unit: '' },
  { name: 'floor: bare wink-nlp tokenizer', value: Math.round(wps(floor)), unit: 'words/s' },
  { name: 'tokens + sentences stage alone', value: Math.round(wps(stage)), unit: 'words/s' },
  { name: 'tokens + sentences stage alone / floor', value: (wps(stage) / wps(floor)).toFixed(2), unit: '×' },
  { name: 'analyze call with only that stage (+ normalising, hashes, record)', value: Math.round(wps(tokens)), unit: 'words/s' },
  { name: 'analyze call with only that stage / floor', value: (wps(tokens) / wps(floor)).toFixed(2), unit: '×' },
  { name: 'full pipeline', value: Math.round(wps(full)), unit: 'words/s' },
  { name: 'full pipeline', value: Math.round(full.docs / (full.ms / 1000)), unit: 'docs/s' },
  ...(pinned ? [{ name: 'full pipeline, pinned to one CPU (taskset)', value: Math.round(wps(pinned)), unit: 'words/s' }] : []),
  { name: 'full pipeline / floor', value: (wps(full) / wps(floor)).toFixed(2), unit: '×' },
  { name: 'full pipeline peak RSS', value: Math.round(full.peakRssMb), unit: 'MB' },
  { name: 'pipeline setup (knowledge load)', value: Math.round(full.setupMs), unit: 'ms' },
  { name: 'cold start, one article, to first record', value: Math.round(cold), unit: 'ms' },
];
for (const k of knowledge) {
  rows.push({ name: `  load ${k.name}`, value: `${Math.round(k.ms)} ms, +${Math.round(k.rssMb)} MB RSS`, unit: `+${Math.round(k.heapMb)} MB heap` });
}
const totalStageMs = Object.values(full.stageMs ?? {}).reduce((a, b) => a + b, 0);
for (const [stage, ms] of Object.entries(full.stageMs ?? {})) {
  rows.push({ name: `  stage ${stage}`, value: `${Math.round(ms)} ms, ${((100 * ms) / totalStageMs).toFixed(1)}%`, unit: 'of stage time' });
}
try {
  const store = (await import('./store.js')) as { runStoreBench?: () => Promise<Row[]> };
  if (store.runStoreBench) rows.push(...(await store.runStoreBench()));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
}

const width = Math.max(...rows.map((r) => r.name.length));
process.stdout.write(`Sitrep benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}, one thread unless said\n\n`);
for (const row of rows) process.stdout.write(`${row.name.padEnd(width)}  ${String(row.value).padStart(12)} ${row.unit}\n`);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
const file = `${ROOT}bench/results/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ node: process.version, measurements: { floor, stage, tokens, full, pinned }, coldStartMs: cold, knowledge, rows }, null, 2) + '\n');
process.stdout.write(`\nwritten to ${file.slice(ROOT.length)}\n`);
