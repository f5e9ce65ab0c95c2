#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerIngest } from './commands/ingest.js';
import { registerReanalyze } from './commands/reanalyze.js';
import { registerQuery } from './commands/query.js';
import { registerExport } from './commands/export.js';
import { registerStats } from './commands/stats.js';
import { registerKb } from './commands/kb.js';
import { reportError } from './report-error.js';

/** The `sitrep` command line: one file per command under commands/, registered here. */
const program = new Command()
  .name('sitrep')
  .description('Sitrep: a sourced, queryable situation record from news reports')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerAnalyze(program);
registerIngest(program);
registerReanalyze(program);
registerQuery(program);
registerExport(program);
registerStats(program);
registerKb(program);

// A reader that goes away (`sitrep analyze … | head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.exitCode = reportError(error, process.argv.includes('--debug'));
  }
}
