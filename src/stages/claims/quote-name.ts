import type { ClaimsView } from './view.js';

/** Parts of speech before a quotation that modifies a noun ("the “all for all” principle"). */
const MODIFIER_BEFORE = new Set(['DET', 'ADJ', 'PRON', 'NUM']);
const WORD = /\p{L}+/gu;
/** Words a title leaves in lower case; it capitalises every other ("Back to the Mac", "New GM"). */
const TITLE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'by', 'with', 's']);

/**
 * True when quotation `q` (opened at token `open`) sets off a name or term rather than words
 * said: a single word, a title ("Back to the Mac", "Servant of the People", "New GM"), or a
 * modifier between a determiner or adjective and a noun ("the “all identified for all
 * identified” prisoners principle").
 */
export function isName(view: ClaimsView, q: number, open: number): boolean {
  const { tokens } = view;
  const { inner } = view.quotes[q]!;
  const text = view.text.slice(inner.start, inner.end);
  // A single quoted word is a term ("a structure of “twenty”"), not a report of words said.
  if (!/\S\s+\S/.test(text.trim())) return true;
  const words = (text.match(WORD) ?? []).filter((w) => !TITLE_LOWER.has(w));
  if (words.length > 0 && words.every((w) => w[0] !== w[0]!.toLowerCase())) return true;
  const close = view.closeOf[q]!;
  const after = close >= 0 ? tokens[close + 1] : undefined;
  return MODIFIER_BEFORE.has(tokens[open - 1]?.pos ?? '') && after !== undefined && (after.pos === 'NOUN' || after.pos === 'PROPN');
}
