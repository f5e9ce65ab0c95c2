import { catFiles, decodeXml, markableSpan, readCat, type Spacing } from './meantime/read-cat.js';

/** One MEANTIME article rebuilt as text, with its named (NAM) entity mentions of type PER, ORG or LOC. */
export interface MeantimeDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly { start: number; end: number; type: 'PER' | 'ORG' | 'LOC'; text: string }[];
  /** End of the annotated part: MEANTIME annotates the title, the date line and the first four sentences (sentences 0–5). */
  readonly annotatedEnd: number;
}

/** Entities read PTB quotes as plain double quotes, as an article prints them. */
const SPACING: Spacing = {
  surface: (raw) => decodeXml(raw.replace(/^``$/, '"').replace(/^''$/, '"')),
  noSpaceBefore: /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/,
  noSpaceAfter: /^[([{$]$/,
};

/** Reads one CAT XML file: NAM mentions typed through REFERS_TO. */
export function readMeantime(path: string): MeantimeDoc {
  const doc = readCat(path, SPACING);
  const { xml, text } = doc;
  const types = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY m_id="(\d+)"[^>]*ent_type="(\w+)"/g)) types.set(m[1]!, m[2]!);
  const refers = new Map<string, string>();
  for (const block of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(block[1]!)?.[1];
    if (!target) continue;
    for (const s of block[1]!.matchAll(/<source m_id="(\d+)"/g)) refers.set(s[1]!, target);
  }
  const gold: { start: number; end: number; type: 'PER' | 'ORG' | 'LOC'; text: string }[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION m_id="(\d+)"[^>]*syntactic_type="NAM"[^>]*>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const type = types.get(refers.get(m[1]!) ?? '');
    if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
    const span = markableSpan(doc, m[2]!);
    if (span) gold.push({ ...span, type, text: text.slice(span.start, span.end) });
  }
  return { name: path.split('/').at(-1)!, text, gold, annotatedEnd: doc.annotatedEnd };
}

/** Every MEANTIME article under a corpus folder (apple/, gm/ …), in name order. */
export function readMeantimeCorpus(dir: string): MeantimeDoc[] {
  return catFiles(dir).map((f) => readMeantime(f.path));
}
