import type { Command } from 'commander';
import { SitrepError } from '../core/errors.js';
import { isIsoDate } from '../pipeline/article-input.js';
import type { QueryFilter } from '../store/store.js';

/** The filter options shared by `sitrep query` and `sitrep export`, as commander parses them (the limit still a string). */
export type FilterOptions = Omit<QueryFilter, 'limit'> & { readonly limit?: string };

/** Adds the filter options to a command. */
export function withFilterOptions(command: Command): Command {
  return command
    .option('--actor <code|name>', 'actor code prefix (RUS, UKRMIL) or a name (substring)')
    .option('--country <iso3>', 'ISO 3166-1 alpha-3 country code')
    .option('--plover <category>', 'PLOVER event category (ASSAULT, ACCUSE …)')
    .option('--since <date>', 'on or after this date (event date, else publication date)')
    .option('--until <date>', 'on or before this date')
    .option('--text <query>', 'full-text search over titles and texts (SQLite FTS5 syntax)')
    .option('--source <name>', 'publisher name, or the start of the URL or path');
}

/** The filter the options describe, checking dates and the limit. */
export function toFilter(options: FilterOptions, defaultLimit?: number): QueryFilter {
  for (const field of ['since', 'until'] as const) {
    const value = options[field];
    if (value !== undefined && !isIsoDate(value)) throw new SitrepError('E_INPUT_DATE', { field: `--${field}`, value });
  }
  const limit = options.limit === undefined ? defaultLimit : Number(options.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new SitrepError('E_USAGE', { detail: `--limit must be a whole number, not "${options.limit}"` });
  }
  return {
    ...(options.actor && { actor: options.actor }),
    ...(options.country && { country: options.country.toUpperCase() }),
    ...(options.plover && { plover: options.plover.toUpperCase() }),
    ...(options.since && { since: options.since }),
    ...(options.until && { until: options.until }),
    ...(options.text && { text: options.text }),
    ...(options.source && { source: options.source }),
    ...(limit !== undefined && { limit }),
  };
}
