/**
 * The one catalogue of error messages. Configuration, programmer and input errors throw a
 * `SitrepError` with one of these codes; problems inside one document become diagnostics instead.
 */
export const ERRORS = {
  E_USAGE: '{detail}',
  E_INPUT_MISSING: '{path}: no such file',
  E_INPUT_DIRECTORY: '{path}: is a directory (give files, or use `sitrep ingest` for folders)',
  E_INPUT_UNREADABLE: '{path}: cannot be read ({detail})',
  E_INPUT_EMPTY: '{path}: the article is empty',
  E_INPUT_BINARY: '{path}: looks like a binary file, not text',
  E_INPUT_ENCODING: '{path}: is not valid UTF-8 (first bad byte at offset {offset})',
  E_INPUT_TOO_LARGE: '{path}: {size} bytes is more than the limit of {limit} bytes',
  E_INPUT_JSON: '{path}: not valid JSON ({detail})',
  E_INPUT_INVALID: '{path}: {detail}',
  E_INPUT_DATE: 'Invalid {field} "{value}": expected an ISO-8601 date such as 2025-06-05 or 2025-06-05T14:30:00Z',
  E_STAGE_REQUIRES: 'Stage "{stage}" requires layer "{layer}", but no earlier stage assigns it',
  E_STAGE_REASSIGNS: 'Stage "{stage}" assigns layer "{layer}", which stage "{other}" already assigns',
  E_STAGE_DUPLICATE: 'Two stages are named "{stage}"',
  E_STAGE_FAILED: 'Stage "{stage}" failed on document {docId}: {detail}',
  E_KNOWLEDGE_INVALID: '{file}:{line}: {detail}',
  E_STORE_MIGRATION: 'Store migration {name} failed: {detail}',
  E_STORE_OPEN: 'Cannot open the store {path}: {detail}',
  E_INPUT_FEED: '{path}: not a readable RSS or Atom feed ({detail})',
  E_INPUT_XML_ENTITIES: '{path}: the XML declares entities, which are refused (entity expansion attacks)',
  E_INPUT_HTML: '{path}: no article could be extracted from the HTML ({detail})',
  E_INPUT_LOOP: '{path}: symbolic link loop (already visited {real})',
  E_FETCH_FAILED: '{url}: fetch failed ({detail})',
  E_FETCH_PRIVATE: '{url}: refused, {host} resolves to the private address {address}',
  E_INTERNAL: 'Internal error: {detail}',
  E_ANALYSIS_TIMEOUT: 'the analysis took longer than {seconds} s and was stopped',
} as const;

/** A code from the error catalogue. */
export type ErrorCode = keyof typeof ERRORS;

/** Which process exit code each kind of error maps to at the CLI edge: 2 for usage, 1 otherwise. */
export function exitCodeFor(code: ErrorCode): 1 | 2 {
  return code === 'E_USAGE' || code === 'E_INPUT_DATE' ? 2 : 1;
}

/** The project's one error class: a catalogue code, the values its message is built from, and an optional cause. */
export class SitrepError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(formatMessage(ERRORS[code], params), options);
    this.name = 'SitrepError';
    this.code = code;
    this.params = params;
  }
}

/** Fills `{name}` placeholders of a catalogue message. */
function formatMessage(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
