import { catFiles, decodeXml, markableSpan, readCat, type CatDoc, type Spacing } from './meantime/read-cat.js';

/** The MEANTIME entity types that are scored. */
export type GoldType = 'PER' | 'ORG' | 'LOC';

/** A span of the rebuilt text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * One named gold mention. `spans` are the extents that count as the same mention: MEANTIME marks
 * the whole noun phrase ("the United States", "U.S. automaker GM", "Chrysler, another U.S. car
 * maker"), where we mark the name, so its extent without a leading article and the extents of the
 * mentions inside it that the annotators gave the same referent ("GM", "Chrysler") count too.
 */
export interface GoldMention extends TextSpan {
  readonly type: GoldType;
  readonly text: string;
  readonly syntactic: 'NAM' | 'PRE.NAM';
  readonly spans: readonly TextSpan[];
}

/** A mention the annotators marked without a syntactic type: neither scored as gold nor held against a prediction of its span. */
export interface UntypedMention extends TextSpan {
  /** Its referent's type, when it has one. */
  readonly type?: string;
  /** Its extent, and without a leading article or trailing punctuation. */
  readonly spans: readonly TextSpan[];
}

/** One MEANTIME article rebuilt as text, with its named entity mentions of type PER, ORG or LOC. */
export interface MeantimeDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly GoldMention[];
  readonly untyped: readonly UntypedMention[];
  /** False when no entity mention of the article has a syntactic type: its entities were not annotated. */
  readonly annotated: boolean;
  /** End of the annotated part: MEANTIME annotates the title, the date line and the first four sentences (sentences 0–5). */
  readonly annotatedEnd: number;
}

/** Entities read PTB quotes as plain double quotes, as an article prints them. */
const SPACING: Spacing = {
  surface: (raw) => decodeXml(raw.replace(/^``$/, '"').replace(/^''$/, '"')),
  noSpaceBefore: /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/,
  noSpaceAfter: /^[([{$]$/,
};

const ARTICLE = /^(?:the|a|an) /i;

interface Markable extends TextSpan {
  readonly id: string;
  readonly syntactic: string;
  readonly referent: string | undefined;
  readonly type: string | undefined;
}

/** Every entity mention of the file with its span, syntactic type and referent's type. */
function markables(doc: CatDoc): Markable[] {
  const { xml } = doc;
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY m_id="(\d+)"[^>]*ent_type="(\w+)"/g)) types.set(m[1]!, m[2]!);
  const refers = new Map<string, string>();
  for (const block of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(block[1]!)?.[1];
    if (!target) continue;
    for (const s of block[1]!.matchAll(/<source m_id="(\d+)"/g)) refers.set(s[1]!, target);
  }
  const result: Markable[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION m_id="(\d+)"([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const span = markableSpan(doc, m[3]!);
    if (!span) continue;
    const referent = refers.get(m[1]!);
    const syntactic = /syntactic_type="([^"]*)"/.exec(m[2]!)?.[1] ?? '';
    result.push({ ...span, id: m[1]!, syntactic, referent, type: referent === undefined ? undefined : types.get(referent) });
  }
  return result;
}

/** The extent itself and without a leading article or trailing punctuation ("the US", "Apple Inc.,"). */
function bare(text: string, m: TextSpan): TextSpan[] {
  const spans: TextSpan[] = [{ start: m.start, end: m.end }];
  const surface = text.slice(m.start, m.end);
  const article = ARTICLE.exec(surface);
  const start = m.start + (article ? article[0].length : 0);
  // MEANTIME tokens keep hyphenated words whole, so "New York City-based" is as close as a span gets to "New York City".
  const end = start + text.slice(start, m.end).replace(/\s*[,;:]$/, '').replace(/-\p{Ll}+$/u, '').length;
  if (start !== m.start || end !== m.end) spans.push({ start, end });
  return spans;
}

/** A name at the end of a noun phrase after a lower-case or possessive modifier: "The US car manufacturer General Motors", "today's GM". */
const FINAL_NAME = /(?:^|\s)(?:\p{Ll}[\p{L}\d-]*|\S+['’]s?)\s((?:\p{Lu}[\p{L}\d.&'’-]*)(?:\s\p{Lu}[\p{L}\d.&'’-]*)*)$/u;
/** A place and the region it is in, one mention in MEANTIME ("San Francisco, California", "downtown San Jose, California"): the place is its name. */
const PLACE_IN_REGION = /^((?:\p{Ll}+\s)?)(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*), \p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*$/u;
const NOT_PREMODIFIED = /[,()]|\s(?:of|in|at|on|for|from|with|by|and|or|located|based)\s/i;

/**
 * The extent, bare, the same-referent mentions inside it, the name that ends a premodified noun
 * phrase, and the place before its region: MEANTIME's head attribute, which would name the
 * mention's head, is empty in this release.
 */
function extents(text: string, m: Markable, all: readonly Markable[]): TextSpan[] {
  const spans = bare(text, m);
  const surface = text.slice(m.start, m.end);
  const head = m.syntactic === 'NAM' && !NOT_PREMODIFIED.test(surface) ? FINAL_NAME.exec(surface) : null;
  if (head && head[1]!.length < surface.length) spans.push({ start: m.end - head[1]!.length, end: m.end });
  const place = m.syntactic === 'NAM' ? PLACE_IN_REGION.exec(surface) : null;
  if (place) spans.push({ start: m.start + place[1]!.length, end: m.start + place[1]!.length + place[2]!.length });
  for (const inner of all) {
    if (inner === m || inner.referent !== m.referent || inner.start < m.start || inner.end > m.end) continue;
    if (inner.start === m.start && inner.end === m.end) continue;
    spans.push({ start: inner.start, end: inner.end });
  }
  return spans;
}

/** Reads one CAT XML file: NAM and PRE.NAM mentions typed through REFERS_TO, and the mentions left without a syntactic type. */
export function readMeantime(path: string): MeantimeDoc {
  const doc = readCat(path, SPACING);
  const { text } = doc;
  const all = markables(doc);
  const gold: GoldMention[] = [];
  const untyped: UntypedMention[] = [];
  for (const m of all) {
    if (m.syntactic === '') {
      untyped.push({ start: m.start, end: m.end, spans: bare(text, m), ...(m.type && { type: m.type }) });
      continue;
    }
    if (m.syntactic !== 'NAM' && m.syntactic !== 'PRE.NAM') continue;
    if (m.type !== 'PER' && m.type !== 'ORG' && m.type !== 'LOC') continue;
    gold.push({ start: m.start, end: m.end, type: m.type, text: text.slice(m.start, m.end), syntactic: m.syntactic, spans: extents(text, m, all) });
  }
  return { name: path.split('/').at(-1)!, text, gold, untyped, annotated: all.some((m) => m.syntactic !== ''), annotatedEnd: doc.annotatedEnd };
}

/** Every MEANTIME article under a corpus folder (apple/, gm/ …), in name order. */
export function readMeantimeCorpus(dir: string): MeantimeDoc[] {
  return catFiles(dir).map((f) => readMeantime(f.path));
}
