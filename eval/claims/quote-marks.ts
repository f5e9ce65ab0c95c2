/**
 * The direct quotations the claims evaluation counts, found independently of the stage's own
 * quotation finder. A double mark (“ ” or ") opens when it stands at the start of a paragraph or
 * after a space or an opening bracket or dash and is followed by a non-space; otherwise it closes.
 * Reading direction from the position, not the glyph, also reads reversed marks (”…“) as a
 * reader does. A quotation still open at the end of its paragraph ends there (the press
 * convention re-opens a long quotation at each paragraph), so every paragraph of a long quotation
 * is counted.
 */

/** A quotation: the span between its marks, trimmed of spaces and final punctuation. */
export interface EvalQuote {
  readonly start: number;
  readonly end: number;
  /** False when the paragraph ended before a closing mark. */
  readonly closed: boolean;
}

const DOUBLE = /[“”"]|\n/g;
const OPENER_BEFORE = /[\s([{\u2014\u2013/-]/u;

/** The quotations of a text, in text order. */
export function evalQuotes(text: string): EvalQuote[] {
  const out: EvalQuote[] = [];
  let open = -1;
  const emit = (end: number, closed: boolean): void => {
    let [s, e] = [open + 1, end];
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /[\s.,;:!?…]/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, closed });
    open = -1;
  };
  for (const m of text.matchAll(DOUBLE)) {
    const i = m.index!;
    if (m[0] === '\n') {
      if (open >= 0) emit(i, false);
      continue;
    }
    const before = i === 0 ? '\n' : text[i - 1]!;
    const after = text[i + 1] ?? ' ';
    const opens = OPENER_BEFORE.test(before) && !/\s/.test(after);
    if (opens && open < 0) open = i;
    else if (!opens && open >= 0) emit(i, true);
  }
  if (open >= 0) emit(text.length, false);
  return out;
}
