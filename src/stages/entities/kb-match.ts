import { KEY_LENGTH, type KbIndex, type KbName } from '../../knowledge/kb-index.js';
import { isCapitalised, type DocView } from './doc-view.js';

/** A span of the text that one or more KB names match exactly (all with the same text). */
export interface KbHit {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  /** One past the last token. */
  readonly endToken: number;
  readonly names: readonly KbName[];
}

/** A lower-case Arabic article before a capitalised name: "al-Qaeda", "al Qaeda", "el-Sisi". */
const LOWER_ARTICLE = /^(?:al|el)[- ]\p{Lu}/u;

/**
 * True when every later word the KB name capitalises is capitalised in the text too: "a Spanish town"
 * is no "Spanish Town" (Jamaica). Only asked of places: bodies are written in lower case in older
 * reports ("the European common market"). Positions align: the text was matched letter for letter.
 */
function laterCapitalsKept(name: string, written: string): boolean {
  for (let j = name.indexOf(' ') + 1; j > 0; j = name.indexOf(' ', j) + 1) {
    const c = name.charCodeAt(j);
    if (c >= 65 && c <= 90 && written.charCodeAt(j) !== c) return false;
  }
  return true;
}

/** The names of one bucket that have one length, in bucket order, with the probes of their lower-case forms. */
interface LengthGroup {
  readonly length: number;
  readonly names: readonly KbName[];
  readonly probes: ReadonlySet<number>;
}

/** Each bucket's names grouped by length, longest first, made on the bucket's first use. */
const GROUPS = new WeakMap<readonly KbName[], readonly LengthGroup[]>();

/** Two characters of a lower-case form of `length` read from `at`: the last, and the first after the key (a name's key is its first four). */
function probe(lower: string, at: number, length: number): number {
  return lower.charCodeAt(at + length - 1) * 65536 + lower.charCodeAt(at + Math.min(KEY_LENGTH, length - 1));
}

/** The length groups of a bucket (its names are sorted longest first, so each length is one run). */
function groupsOf(bucket: readonly KbName[]): readonly LengthGroup[] {
  let groups = GROUPS.get(bucket);
  if (groups !== undefined) return groups;
  const made: LengthGroup[] = [];
  for (let i = 0; i < bucket.length; ) {
    const length = bucket[i]!.lower.length;
    let j = i;
    while (j < bucket.length && bucket[j]!.lower.length === length) j++;
    const names = bucket.slice(i, j);
    made.push({ length, names, probes: new Set(names.map((n) => probe(n.lower, 0, length))) });
    i = j;
  }
  groups = made;
  GROUPS.set(bucket, groups);
  return groups;
}

/**
 * The names of `index` that match the text at `start`, longest first; [] when none. A bucket is read
 * by length: one token-end test and one probe per length ("International …" has hundreds of names),
 * then the names of that length are compared in place with the document's folded texts, with no
 * string made per name or length. A name that matches has the text's lower-case form, so its probe.
 * Asked only at a capitalised token or a lower-case Arabic article ("al-Qaeda" is the KB's "Al-Qaeda"),
 * so the text there always counts as capitalised.
 */
function namesAt(view: DocView, index: KbIndex, start: number, article = false): KbName[] {
  const { tokenEndingAt, lowerText, quoteText } = view;
  const lowerHead = lowerText.slice(start, start + KEY_LENGTH);
  const best: KbName[] = [];
  // Why this order: names of four or more characters are keyed by their first four; shorter names by themselves.
  for (let keyLength = KEY_LENGTH; keyLength >= 2; keyLength--) {
    // A shorter key's names all have the key's length, so none can match unless a token ends there.
    if (keyLength < KEY_LENGTH && tokenEndingAt[start + keyLength]! < 0) continue;
    const bucket = index.bucket(lowerHead.slice(0, keyLength));
    if (!bucket) continue;
    for (const group of groupsOf(bucket)) {
      const length = group.length;
      if (keyLength < KEY_LENGTH && length !== keyLength) continue;
      if (best.length > 0) break;
      // Cheapest tests first: the name must end where a token ends, and have the probe's characters.
      if (tokenEndingAt[start + length]! < 0 || !group.probes.has(probe(lowerText, start, length))) continue;
      let segment: string | undefined;
      for (const name of group.names) {
        if (name.exactCase) {
          // The article's capital is not in the text: only then is the written form made.
          if (!(article ? (segment ??= written(quoteText, start, length, article)) === name.text : quoteText.startsWith(name.text, start))) continue;
        } else if (!lowerText.startsWith(name.lower, start) || (name.entry.type === 'GPE' && !laterCapitalsKept(name.text, (segment ??= written(quoteText, start, length, article))))) continue;
        best.push(name);
      }
    }
    if (best.length > 0) return best;
  }
  return best;
}

/** The text at `start` as a name of `length` reads it: from the quote-folded text, the lower-case Arabic article capitalised. */
function written(quoteText: string, start: number, length: number, article: boolean): string {
  const raw = quoteText.slice(start, start + length);
  return article ? raw[0]!.toUpperCase() + raw.slice(1) : raw;
}

/**
 * Finds every KB name in the text, longest match first and left to right: at each capitalised
 * token the longest matching name wins and the scan moves past it. Names cannot start inside a
 * token, nor end inside one ("U.S." is found in "U.S.-led", "Iran" in "Iran's", never in "Irani").
 */
export function findKbHits(view: DocView, index: KbIndex, accept: (hit: KbHit) => boolean): KbHit[] {
  const hits: KbHit[] = [];
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = view.text.charCodeAt(t.start);
    // Only an 'a' or an 'e' can open a lower-case article: the regex runs on those alone.
    const article = (c === 97 || c === 101) && LOWER_ARTICLE.test(view.text.slice(t.start, t.start + 4));
    if (!article && !isCapitalised(view, i)) continue;
    const names = namesAt(view, index, t.start, article);
    if (names.length === 0) continue;
    const end = t.start + names[0]!.lower.length;
    const hit: KbHit = { start: t.start, end, firstToken: i, endToken: view.tokenEndingAt[end]! + 1, names };
    if (!accept(hit)) continue;
    hits.push(hit);
    i = hit.endToken - 1;
  }
  return hits;
}
