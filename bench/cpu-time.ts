/** User and system CPU time of a `process.cpuUsage(previous)` difference, in milliseconds: every thread of the process, V8's helpers included. */
export function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}
