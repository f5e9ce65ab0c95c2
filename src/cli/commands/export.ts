import type { Command } from 'commander';
import { exportStore } from '../../app/export.js';
import { SitrepError } from '../../core/errors.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.js';
import { LineWriter } from '../output.js';
import { toFilter, withFilterOptions, type FilterOptions } from '../query-options.js';
import { usingStore, withDbOption } from '../store-option.js';

/** Options of `sitrep export`. */
interface ExportCliOptions extends FilterOptions {
  readonly db?: string;
  readonly format: string;
}

/** Registers `sitrep export --format jsonl|plover|gdelt` over a filter. */
export function registerExport(program: Command): void {
  withFilterOptions(withDbOption(program.command('export')))
    .description('write the stored analyses of the documents matching a filter')
    .option('--format <format>', EXPORT_FORMATS.join('|'), 'jsonl')
    .action(async (options: ExportCliOptions) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
        throw new SitrepError('E_USAGE', { detail: `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${options.format}"` });
      }
      const filter = toFilter(options, 0);
      const out = new LineWriter(process.stdout);
      await usingStore(options.db, async (store) => {
        for (const line of exportStore(store, options.format as ExportFormat, filter)) await out.write(line);
      });
    });
}
