/**
 * Characters removed from the text: they are invisible, carry no meaning for analysis and break
 * matching when left between letters (zero-width spaces, soft hyphens, byte-order marks, bidi
 * controls, C0/C1 controls other than tab and line feed).
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Space characters that read as a plain space (no-break, thin, ideographic …). */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/** Line endings and separators that read as one line feed. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;

/** Any character one of the replacements below would change: most texts have none, and skip them all. */
const NEEDS_WORK = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF]/;

/**
 * The normalised form every offset refers to: Unicode NFC, line feeds only, invisible characters
 * removed, exotic spaces as plain spaces, and no leading or trailing blank lines.
 * Line breaks are replaced before invisible characters are removed because U+0085 is both.
 */
export function normaliseText(raw: string): string {
  const composed = raw.normalize('NFC');
  if (!NEEDS_WORK.test(composed)) return composed.replace(/^\s*\n/, '').trimEnd();
  return composed
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(/^\s*\n/, '')
    .trimEnd();
}
