import { SitrepError } from '../core/errors.js';

/** One article to analyse: the input object of the analysis record spec. */
export interface ArticleInput {
  readonly id?: string;
  readonly text: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** ISO-8601 date or date-time. */
  readonly published?: string;
}

/** `2025-06-05`, `2025-06-05T14:30`, `2025-06-05T14:30:00.000+02:00` and the like. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True when `value` is a real ISO-8601 calendar date, with or without a time. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const timeOk = m[4] === undefined || (Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6] ?? 0) < 60);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && timeOk;
}

/** Fields of the input object that must be strings when present. */
const STRING_FIELDS = ['id', 'title', 'url', 'source', 'published'] as const;

/**
 * Checks a parsed JSON value against the input shape and returns it as an ArticleInput.
 * `where` names the input in error messages (a file name, or `stdin:12`).
 */
export function toArticleInput(value: unknown, where: string): ArticleInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SitrepError('E_INPUT_INVALID', { path: where, detail: 'expected a JSON object with a "text" field' });
  }
  const object = value as Record<string, unknown>;
  if (typeof object.text !== 'string') {
    throw new SitrepError('E_INPUT_INVALID', { path: where, detail: 'the object has no "text" string' });
  }
  if (object.text.trim() === '') throw new SitrepError('E_INPUT_EMPTY', { path: where });
  const input: Record<string, string> = { text: object.text };
  for (const field of STRING_FIELDS) {
    const v = object[field];
    if (v === undefined || v === null) continue;
    if (typeof v === 'number' && field === 'id') input.id = String(v);
    else if (typeof v !== 'string') throw new SitrepError('E_INPUT_INVALID', { path: where, detail: `"${field}" must be a string` });
    else input[field] = v;
  }
  return input as unknown as ArticleInput;
}
