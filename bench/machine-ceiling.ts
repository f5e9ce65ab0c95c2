/**
 * What two cores of this machine give when both work at once, whatever our code does: the same work
 * in two processes pinned one to each CPU, against one such process alone. A busy loop of integer
 * arithmetic tells whether the two CPUs are two cores' worth at all (a virtual machine's two CPUs
 * can share one physical core); two pinned analyzers of the Kremlin texts tell what the analysis
 * itself gets from the second core (memory and caches are shared too). Neither involves threads,
 * SQLite or our ingest, so the ratios bound what any ingest on two cores can reach here.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { run } from './child.js';
import type { ThreadSplit } from './cpu-time.js';

/** What one analyzing child printed: its analyze rate, CPU time per document, and that CPU by thread (where /proc is there). */
export interface PinnedRate {
  docsPerSecond: number;
  cpuMsPerDoc: number;
  threads?: ThreadSplit;
}

/** Is taskset there to pin a process to one CPU? */
export const canPin = (): boolean => existsSync('/usr/bin/taskset');

/** Can two processes be pinned to CPUs 0 and 1 (taskset there, two CPUs at least)? */
export const canPinPair = (): boolean => canPin() && availableParallelism() >= 2;

/** The analyze rate of a child after `warmPasses` passes (bench/single-core.ts), pinned to `cpu` when one is given. */
export async function childAnalyze(cpu: number | undefined, warmPasses: number): Promise<PinnedRate> {
  const script = fileURLToPath(new URL('./single-core.ts', import.meta.url));
  const node = [process.execPath, '--import', 'tsx', script, String(warmPasses), '1'];
  const out = cpu === undefined ? await run(node[0]!, node.slice(1)) : await run('/usr/bin/taskset', ['-c', String(cpu), ...node]);
  return JSON.parse(out) as PinnedRate;
}

/** The pinned analyze rate of a child on `cpu` after `warmPasses` passes. */
export const pinnedAnalyze = (cpu: number, warmPasses: number): Promise<PinnedRate> => childAnalyze(cpu, warmPasses);

/** Two pinned analyzers at once, one per CPU: the sum of their rates. */
export async function pinnedAnalyzePair(warmPasses: number): Promise<number> {
  const both = await Promise.all([pinnedAnalyze(0, warmPasses), pinnedAnalyze(1, warmPasses)]);
  return both[0].docsPerSecond + both[1].docsPerSecond;
}

/** A fixed busy loop of integer arithmetic that touches no memory; prints its milliseconds. */
const SPIN = 'const t=performance.now();let x=0;for(let i=0;i<3e8;i++)x=(x+i*7)|0;process.stdout.write(String(performance.now()-t+(x&0)))';

/** Milliseconds of the busy loop in a child pinned to `cpu`. */
async function spinMs(cpu: number): Promise<number> {
  return Number(await run('/usr/bin/taskset', ['-c', String(cpu), process.execPath, '-e', SPIN]));
}

/** Busy loops per second of one pinned loop alone and of two pinned loops at once (twice the first on two real idle cores). */
export async function spinRates(): Promise<{ alone: number; pair: number }> {
  const alone = 1000 / (await spinMs(0));
  const [a, b] = await Promise.all([spinMs(0), spinMs(1)]);
  return { alone, pair: 1000 / a + 1000 / b };
}
