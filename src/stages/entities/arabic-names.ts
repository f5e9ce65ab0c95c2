import { isCapitalised, type DocView } from './doc-view.js';

/** Lower-case words that go on an Arabic name after its first word: an article glued by a hyphen ("al-Turabi", "el-Sadr") or "bin", "ibn" before a name. */
const ARABIC_LINKS = new Set(['al', 'el', 'bin', 'ibn']);

/**
 * Does token `i` go on an Arabic name: "al-" or "el-" glued to a capitalised word, or "bin"/"ibn"
 * before one? Then the town before it is a first name ("Hassan al-Turabi", not Hassan in India).
 */
export function arabicNameTail(view: DocView, i: number, sentence: number): boolean {
  const { tokens } = view;
  const t = tokens[i];
  if (t === undefined || t.sentence !== sentence || !ARABIC_LINKS.has(t.normal) || isCapitalised(view, i)) return false;
  const glued = t.normal === 'al' || t.normal === 'el';
  const name = glued ? i + 2 : i + 1;
  if (glued && (tokens[i + 1]?.normal !== '-' || tokens[i + 1]!.start !== t.end || tokens[name]?.start !== tokens[i + 1]!.end)) return false;
  return tokens[name] !== undefined && tokens[name]!.sentence === sentence && isCapitalised(view, name);
}
