import { SitrepError, exitCodeFor } from '../core/errors.js';
import { terminalSafe } from './terminal-safe.js';

/**
 * Prints an error as one line on stderr (`sitrep: message`, control characters from untrusted
 * input made inert), with the stack only when debugging,
 * and returns the exit code it maps to: 2 for usage errors, 1 for everything else.
 */
export function reportError(error: unknown, debug: boolean): 1 | 2 {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`sitrep: ${terminalSafe(message.split('\n')[0]!)}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(error.stack + '\n');
  return error instanceof SitrepError ? exitCodeFor(error.code) : 1;
}
