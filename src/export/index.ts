import type { AnalysisRecord } from '../core/record.js';

/** Output formats of `sitrep analyze --format` and `sitrep export`. */
export const EXPORT_FORMATS = ['jsonl'] as const;

/** One of the export formats. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The lines one record becomes in the given format (JSONL: the record on one line). */
export function exportRecord(record: AnalysisRecord, format: ExportFormat): string[] {
  switch (format) {
    case 'jsonl':
      return [JSON.stringify(record)];
  }
}
