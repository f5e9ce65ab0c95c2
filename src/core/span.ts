/**
 * A half-open range [start, end) of UTF-16 code units in a document's normalised text:
 * the same units as JavaScript string indices, so `text.slice(start, end)` is the span's text.
 * SQLite and PostgreSQL count code points, so stored text is never sliced in SQL.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Orders spans by start, then end: the order of every array in the analysis record. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
