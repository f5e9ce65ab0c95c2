import type { QueryRow } from '../store/store.js';
import { terminalSafe } from './terminal-safe.js';

/** Widest a table cell is drawn; longer values are cut with an ellipsis. */
const MAX_CELL = 60;

/** Rows as an aligned text table with a header line, for a terminal. */
export function formatTable(rows: readonly QueryRow[]): string {
  if (rows.length === 0) return '(no rows)';
  const columns = Object.keys(rows[0]!);
  const cells = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]): string => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Rows as CSV (RFC 4180): a header, then one line per row, fields quoted when they need it. */
export function formatCsv(rows: readonly QueryRow[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0]!);
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\n');
}

/** One table cell: on one line, control characters made inert, cut to the width. */
function cell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ');
  const safe = terminalSafe(text);
  return safe.length > MAX_CELL ? `${safe.slice(0, MAX_CELL - 1)}…` : safe;
}

/**
 * One CSV field, quoted when it holds a comma, quote or line break. A text that a spreadsheet
 * would run as a formula (starting with =, + or @) gets a leading apostrophe, so an article's
 * words never become a formula; numbers, negative ones included, are written as they are.
 */
function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
