import type { AnalysisRecord } from '../core/record.js';
import { GDELT_COLUMNS, toGdeltRows } from './gdelt.js';
import { toPloverLines } from './plover.js';

/** Output formats of `sitrep analyze --format` and `sitrep export`. */
export const EXPORT_FORMATS = ['jsonl', 'plover', 'gdelt'] as const;

/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The lines one record becomes in the given format: JSONL the record on one line; PLOVER one JSON object per event; GDELT one CSV row per event. */
export function exportRecord(record: AnalysisRecord, format: ExportFormat): string[] {
  switch (format) {
    case 'jsonl':
      return [JSON.stringify(record)];
    case 'plover':
      return toPloverLines(record);
    case 'gdelt':
      return toGdeltRows(record);
  }
}

/** The lines written once before the first record (the CSV header for GDELT). */
export function exportHeader(format: ExportFormat): string[] {
  return format === 'gdelt' ? [GDELT_COLUMNS.join(',')] : [];
}
