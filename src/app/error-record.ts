import { SitrepError } from '../core/errors.js';
import { RECORD_SCHEMA, type ErrorRecord } from '../core/record.js';

/** The record a batch writes in place of an input it could not analyse. */
export function errorRecord(id: string, error: unknown): ErrorRecord {
  const code = error instanceof SitrepError ? error.code : 'E_INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  return { schema: RECORD_SCHEMA, doc: { id }, error: { code, message } };
}
