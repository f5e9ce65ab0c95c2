import type { Span } from '../../core/span.js';

/** A quotation: `start`/`end` include the marks, `inner` is the text between them. */
export interface Quote extends Span {
  readonly inner: Span;
  /** 0 for an outer quotation, 1 for a quotation inside it. */
  readonly depth: number;
  /** False when the text ends (or the paragraph ends with no continuation) before the closing mark. */
  readonly closed: boolean;
}

/** The characters the scan stops at: quotation marks and line breaks; everything else is skipped. */
const MARKS = /[“”"‘’'\n]/g;
const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';
const LETTER = /[\p{L}\p{N}]/u;
const SPACE_BEFORE_OPEN = /[\s([{\u2014\u2013/-]/u;

/**
 * Finds the quotations of a text: curly “…” and straight "…" double quotes, with ‘…’ or '…' nested
 * inside them. A quotation may span sentences and paragraphs: a paragraph that starts with an
 * opening mark while a quotation is open continues it (the press convention of re-opening, not
 * closing, at each paragraph of a long quote). A quotation still open at a paragraph that does not
 * continue it ends there, unclosed. Quotes come out sorted by start.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  // The open quotations, outermost first: [offset of the opening mark, its kind].
  const open: [number, string][] = [];
  const finish = (end: number, closed: boolean): void => {
    const [start] = open.pop()!;
    const innerEnd = closed ? end - 1 : end;
    quotes.push({ start, end, inner: { start: start + 1, end: innerEnd }, depth: open.length, closed });
  };
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    if (c === '\n') {
      const next = nextNonSpace(text, i);
      const continues = open.length > 0 && (text[next] === OPEN_DOUBLE || text[next] === '"') && open[0]![1] !== 'single';
      if (continues) {
        while (open.length > 1) finish(trimEnd(text, i), false);
        MARKS.lastIndex = next + 1;
        continue;
      }
      if (open.length > 0 && open[0]![1] === 'curly' && closesBeforeOpening(text, i)) continue;
      while (open.length > 0) finish(trimEnd(text, i), false);
      continue;
    }
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    const curly = c === OPEN_DOUBLE || c === CLOSE_DOUBLE ? curlyDirection(c, before, after) : undefined;
    if (curly === 'open') open.push([i, 'curly']);
    else if (curly === 'close') closeKind(open, 'curly', () => finish(i + 1, true));
    else if (c === '"') {
      if (open.some(([, k]) => k === 'straight')) closeKind(open, 'straight', () => finish(i + 1, true));
      else open.push([i, 'straight']);
    } else if (c === '‘' && open.length > 0) open.push([i, 'single']);
    else if ((c === '’' || c === "'") && topKind(open) === 'single' && !LETTER.test(after)) finish(i + 1, true);
    else if (c === "'" && open.length > 0 && SPACE_BEFORE_OPEN.test(before) && LETTER.test(after)) open.push([i, 'single']);
  }
  while (open.length > 0) finish(trimEnd(text, text.length), false);
  return quotes.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a curly double mark opens or closes. The glyph says so, unless its place says the
 * opposite without doubt: a ” after a space and before a word opens, a “ after a word or
 * punctuation and before a space closes (texts with reversed marks: ”Not the place,“ we remember).
 */
function curlyDirection(c: string, before: string, after: string): 'open' | 'close' {
  const placedOpen = SPACE_BEFORE_OPEN.test(before) && !/\s/.test(after);
  const placedClose = !/\s/.test(before) && /[\s.,;:!?)\]]/.test(after);
  if (c === CLOSE_DOUBLE) return placedOpen && !placedClose ? 'open' : 'close';
  return placedClose && !placedOpen ? 'close' : 'open';
}

/** The kind of the innermost open quotation, or undefined. */
function topKind(open: readonly [number, string][]): string | undefined {
  return open.length === 0 ? undefined : open[open.length - 1]![1];
}

/** Closes the innermost quotation of `kind`, first ending unclosed single quotes nested in it. */
function closeKind(open: [number, string][], kind: string, close: () => void): void {
  if (!open.some(([, k]) => k === kind)) return;
  while (topKind(open) !== kind) open.pop();
  close();
}

/** True when, after offset `i`, a closing curly mark comes before any opening one. */
function closesBeforeOpening(text: string, i: number): boolean {
  const close = text.indexOf(CLOSE_DOUBLE, i);
  if (close < 0) return false;
  const reopen = text.indexOf(OPEN_DOUBLE, i);
  return reopen < 0 || close < reopen;
}

/** The offset of the first non-space character after `i` (a line break). */
function nextNonSpace(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  return j;
}

/** `end` moved back over trailing whitespace. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}
