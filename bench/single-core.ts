/**
 * The analyze rate of one process, on its own: in a process that `taskset` pins to one CPU, so that
 * V8's helper threads (garbage collection, compilation) cannot borrow a second core as they do in an
 * unpinned process, the rate of one core. `[taskset -c 0] node --import tsx bench/single-core.ts WARM ROUNDS` analyses the
 * Kremlin texts WARM times, then ROUNDS times, and prints as JSON the best rate and the least CPU
 * time per document that a round spent in all the process's threads, with that round's split
 * between the analyzing main thread and the others (V8's helpers). It runs the built `dist/`.
 */
import { createAnalyzer } from '../dist/app/analyze.js';
import { kremlinLines } from './corpus.js';
import { cpuMs, splitThreads, threadCpuMs, type ThreadSplit } from './cpu-time.js';

const [warm = 4, rounds = 3] = process.argv.slice(2).map(Number);
const inputs = kremlinLines().map((l) => JSON.parse(l) as { id: string; text: string; title?: string });
const analyzer = createAnalyzer();
for (let pass = 0; pass < warm; pass++) for (const input of inputs) analyzer.analyze(input);
let best = 0;
let cpuMsPerDoc = Infinity;
let threads: ThreadSplit | undefined;
for (let round = 0; round < rounds; round++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const before = threadCpuMs();
  for (const input of inputs) analyzer.analyze(input);
  best = Math.max(best, inputs.length / ((performance.now() - start) / 1000));
  const spent = cpuMs(process.cpuUsage(cpu)) / inputs.length;
  if (spent < cpuMsPerDoc) (cpuMsPerDoc = spent), (threads = splitThreads(before, threadCpuMs(), inputs.length, 0));
}
process.stdout.write(JSON.stringify({ docsPerSecond: best, cpuMsPerDoc, threads }) + '\n');
