import { SitrepError } from '../../core/errors.js';
import type { CodeRow } from './code-table-import.js';

/** CAMEO codes with their names, Goldstein scores, QuadClass and PLOVER coding, by code. */
export type CodeTable = ReadonlyMap<string, CodeRow>;

/** Parses `data/verbs/cameo-codes.tsv` (written by `formatCodeTable`). */
export function parseCodeTable(text: string, file: string): CodeTable {
  const table = new Map<string, CodeRow>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [code, name, goldstein, quad, plover, mode, context] = line.split('\t');
    if (!code || name === undefined || !/^\d{3,4}$/.test(code) || Number.isNaN(Number(goldstein))) {
      throw new SitrepError('E_KNOWLEDGE_INVALID', { file, line: i + 1, detail: 'expected code, name, goldstein, quad, plover, mode, context' });
    }
    table.set(code, {
      code, name, goldstein: Number(goldstein), quad: Number(quad), plover: plover ?? '', mode: mode ?? '',
      context: context ? context.split(';') : [],
    });
  });
  return table;
}

/** The row of a code, or of its nearest parent (4 → 3 digits) when the code itself is not listed. */
export function lookupCode(table: CodeTable, code: string): CodeRow | undefined {
  return table.get(code) ?? table.get(code.slice(0, 3));
}
