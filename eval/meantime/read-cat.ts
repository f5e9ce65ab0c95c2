import { readdirSync, readFileSync } from 'node:fs';

/** The last sentence index MEANTIME annotates: the title (0), the date line (1) and four body sentences. */
export const LAST_ANNOTATED_SENTENCE = 5;

/** How an evaluation joins CAT tokens back into text: the token's surface form and where no space goes. */
export interface Spacing {
  readonly surface: (raw: string) => string;
  readonly noSpaceBefore: RegExp;
  readonly noSpaceAfter: RegExp;
}

/** One MEANTIME CAT file rebuilt as text, one sentence a line, with each token's offsets. */
export interface CatDoc {
  readonly xml: string;
  readonly text: string;
  readonly offsets: ReadonlyMap<string, readonly [number, number]>;
  /** End of the annotated part (sentences 0 to LAST_ANNOTATED_SENTENCE): later text is not scored. */
  readonly annotatedEnd: number;
}

/** Undoes the XML escapes of token text. */
export function decodeXml(raw: string): string {
  return raw.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Reads one CAT XML file and joins its tokens with the given spacing. */
export function readCat(path: string, spacing: Spacing): CatDoc {
  const xml = readFileSync(path, 'utf8');
  const offsets = new Map<string, [number, number]>();
  let text = '';
  let sentence = '';
  let previous = '';
  let annotatedEnd = 0;
  for (const [, id, sent, raw] of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = spacing.surface(raw!);
    if (text !== '' && sent !== sentence) text += '\n';
    else if (text !== '' && !spacing.noSpaceBefore.test(word) && !spacing.noSpaceAfter.test(previous)) text += ' ';
    offsets.set(id!, [text.length, text.length + word.length]);
    text += word;
    sentence = sent!;
    previous = word;
    if (Number(sent) <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length;
  }
  return { xml, text, offsets, annotatedEnd };
}

/** The text span covered by the tokens a markable's body anchors (`t_id="…"`), or undefined when it anchors none. */
export function markableSpan(doc: CatDoc, body: string): { start: number; end: number } | undefined {
  const spans = [...body.matchAll(/t_id="(\d+)"/g)].map((m) => doc.offsets.get(m[1]!)).filter((s) => s !== undefined);
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s[0])), end: Math.max(...spans.map((s) => s[1])) };
}

/** The CAT files of every topic folder (apple/, gm/ …) under `root`, in name order, named `topic/file`. */
export function catFiles(root: string): { path: string; name: string }[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((topic) => readdirSync(`${root}/${topic}`).filter((f) => f.endsWith('.xml')).sort().map((f) => ({ path: `${root}/${topic}/${f}`, name: `${topic}/${f}` })));
}
