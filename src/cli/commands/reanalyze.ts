import type { Command } from 'commander';
import { defaultWorkers } from '../../app/default-workers.js';
import { SitrepError } from '../../core/errors.js';
import { formatJson } from '../output.js';
import { Progress } from '../progress.js';
import { usingStore, withDbOption } from '../store-option.js';

/** Registers `sitrep reanalyze`: analyse again what an older pipeline analysed. */
export function registerReanalyze(program: Command): void {
  withDbOption(program.command('reanalyze'))
    .description('re-analyse stored documents whose analysis was made by another pipeline version')
    .option('--workers <n>', 'analysis threads (0: analyse on the main thread)', (v) => whole(v), defaultWorkers())
    .option('--json', 'print the summary as JSON')
    .action(async (options: { db?: string; workers: number; json?: boolean }) => {
      // Loaded here, not at start-up: the analysis pool is one of the CLI's heaviest modules.
      const { reanalyze } = await import('../../app/reanalyze.js');
      const bar = new Progress();
      const summary = await usingStore(options.db, (store) =>
        reanalyze(store, { workers: options.workers, onProgress: (p) => bar.update(p.analysed + p.failed, p.failed, p.total) }),
      );
      bar.finish();
      process.stdout.write(
        (options.json ? formatJson(summary, false) : `reanalyze: ${summary.analysed} analysed, ${summary.failed} failed (pipeline ${summary.pipelineHash}, run ${summary.runId})`) + '\n',
      );
      process.exitCode = summary.failed > 0 ? 1 : 0;
    });
}

/** A whole number option. */
function whole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new SitrepError('E_USAGE', { detail: `expected a whole number, not "${value}"` });
  return n;
}
