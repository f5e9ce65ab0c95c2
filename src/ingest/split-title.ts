/** Longest first line still read as a headline. */
const MAX_TITLE_LENGTH = 200;

/**
 * The headline of a plain-text article: its first line when that line is short, ends without a
 * full stop (or other sentence-final mark) and more text follows, as in "Putin Warns of
 * Retaliation Amid Ongoing Ukraine Conflict" followed by the body. Undefined otherwise.
 */
export function findTitle(text: string): string | undefined {
  const trimmed = text.replace(/^\s+/, '');
  const newline = trimmed.indexOf('\n');
  if (newline < 0) return undefined;
  const first = trimmed.slice(0, newline).trim();
  if (first === '' || first.length > MAX_TITLE_LENGTH) return undefined;
  if (/[.!?:;,…]["'”’)\]]*$/.test(first)) return undefined;
  if (trimmed.slice(newline + 1).trim() === '') return undefined;
  return first;
}
