import { readdirSync, readFileSync } from 'node:fs';

/** User and system CPU time of a `process.cpuUsage(previous)` difference, in milliseconds: every thread of the process, V8's helpers included. */
export function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/**
 * CPU time of each thread of this process so far, in milliseconds, by thread id (from
 * /proc/self/task, 10 ms ticks); empty where /proc is not there. A thread that ends between the
 * listing and the read is left out.
 */
export function threadCpuMs(): Map<string, number> {
  const times = new Map<string, number>();
  let tasks: string[];
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return times;
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      // Why after the last ')': the thread's name, in parentheses, may itself hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(task, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    } catch {
      continue;
    }
  }
  return times;
}

/** CPU per document of one measured span, by kind of thread, in milliseconds. */
export interface ThreadSplit {
  /** The main thread (the process's own id): the writer's in an ingest, the analyzer's in a pinned process. */
  readonly main: number;
  /** The `analysis` busiest other threads: the analysis workers in an ingest (0 asked for a pinned process). */
  readonly analysis: number;
  /** Every other thread: V8's compiler and garbage-collector helpers, libuv's file reads. */
  readonly other: number;
}

/**
 * Splits the CPU spent between two `threadCpuMs` readings over `docs` documents. Why the busiest
 * threads stand for the analysis workers: Node names no thread, and a worker analysing spends
 * several times the CPU of any V8 helper or libuv thread (about 1.7 against 0.1 ms per document).
 */
export function splitThreads(before: Map<string, number>, after: Map<string, number>, docs: number, analysis: number): ThreadSplit {
  const main = String(process.pid);
  const others: number[] = [];
  let mainMs = 0;
  for (const [task, ms] of after) {
    const spent = ms - (before.get(task) ?? 0);
    if (task === main) mainMs = spent;
    else others.push(spent);
  }
  others.sort((a, b) => b - a);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return { main: mainMs / docs, analysis: sum(others.slice(0, analysis)) / docs, other: sum(others.slice(analysis)) / docs };
}
