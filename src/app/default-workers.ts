import { availableParallelism } from 'node:os';

/** Analysis threads by default: one per core. */
export function defaultWorkers(): number {
  return availableParallelism();
}
