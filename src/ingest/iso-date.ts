import { isIsoDate } from '../pipeline/article-input.js';

/**
 * A publication date from metadata as ISO-8601: ISO values are kept as written (time zone
 * included); other forms that Date understands (RFC 822 in RSS: "Thu, 05 Jun 2025 10:00:00 GMT")
 * become a UTC date-time. Undefined when it is not a date.
 */
export function toIsoDate(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (isIsoDate(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(time).toISOString() : undefined;
}
