import type { Command } from 'commander';
import { QUERY_KINDS, queryStore } from '../../app/query.js';
import { SitrepError } from '../../core/errors.js';
import type { QueryKind } from '../../store/store.js';
import { toFilter, withFilterOptions, type FilterOptions } from '../query-options.js';
import { usingStore, withDbOption } from '../store-option.js';
import { formatCsv, formatTable } from '../table.js';

/** Options of `sitrep query`. */
interface QueryCliOptions extends FilterOptions {
  readonly db?: string;
  readonly json?: boolean;
  readonly csv?: boolean;
}

/** Registers `sitrep query entities|events|claims|documents`. */
export function registerQuery(program: Command): void {
  withFilterOptions(withDbOption(program.command('query')))
    .description('query the store: entities, events, claims or documents, filtered')
    .argument('<kind>', QUERY_KINDS.join('|'))
    .option('--limit <n>', 'most rows returned (0: all)', '100')
    .option('--json', 'one JSON object per row')
    .option('--csv', 'CSV with a header line')
    .action(async (kind: string, options: QueryCliOptions) => {
      if (!(QUERY_KINDS as readonly string[]).includes(kind)) {
        throw new SitrepError('E_USAGE', { detail: `query what? expected ${QUERY_KINDS.join(', ')}, not "${kind}"` });
      }
      const filter = toFilter(options);
      const rows = await usingStore(options.db, (store) => queryStore(store, kind as QueryKind, filter));
      const out = options.json ? rows.map((r) => JSON.stringify(r)).join('\n') : options.csv ? formatCsv(rows) : formatTable(rows);
      if (out !== '') process.stdout.write(out + '\n');
    });
}
