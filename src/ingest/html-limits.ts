/** Deepest element nesting accepted: real pages stay under a few dozen levels. */
export const MAX_HTML_DEPTH = 512;

/** Most elements accepted in one page or feed item. */
export const MAX_HTML_ELEMENTS = 200_000;

/** Elements that never take children, so they do not deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose end tag may be left out ("<p>a<p>b"): counting them would see depth that is not there. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp']);

/** An opening or closing tag; comments and doctypes do not match. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * Why an HTML text would be too costly to parse (nesting deeper than 512, or more than 200,000
 * elements), or undefined. A linear scan of the tags, run before any DOM is built, so 10 MB of
 * nested tags is refused in milliseconds rather than parsed.
 */
export function htmlTooComplex(html: string): string | undefined {
  let depth = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    if (m[1] === '/') {
      const name = m[2]!.toLowerCase();
      if (depth > 0 && !OPTIONAL_END.has(name)) depth--;
      continue;
    }
    elements++;
    if (elements > MAX_HTML_ELEMENTS) return `more than ${MAX_HTML_ELEMENTS} elements`;
    const name = m[2]!.toLowerCase();
    if (m[3] === '/' || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    depth++;
    if (depth > MAX_HTML_DEPTH) return `elements nested more than ${MAX_HTML_DEPTH} deep`;
  }
  return undefined;
}
