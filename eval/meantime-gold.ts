import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One MEANTIME article rebuilt as text, with its named (NAM) entity mentions of type PER, ORG or LOC. */
export interface MeantimeDoc {
  readonly name: string;
  readonly text: string;
  readonly gold: readonly { start: number; end: number; type: 'PER' | 'ORG' | 'LOC'; text: string }[];
  /** End of the annotated part: MEANTIME annotates the title, the date line and the first four sentences (sentences 0–5). */
  readonly annotatedEnd: number;
}

/** The last sentence index MEANTIME annotates. */
const LAST_ANNOTATED_SENTENCE = 5;

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Undoes PTB quoting so the text reads as an article does. */
function surface(token: string): string {
  return token.replace(/^``$/, '"').replace(/^''$/, '"').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Reads one CAT XML file: tokens joined with article spacing (one line per sentence), NAM mentions typed through REFERS_TO. */
export function readMeantime(path: string): MeantimeDoc {
  const xml = readFileSync(path, 'utf8');
  const offsets = new Map<string, [number, number]>();
  let text = '';
  let sentence = '';
  let previous = '';
  let annotatedEnd = 0;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = surface(m[3]!);
    if (text !== '' && m[2] !== sentence) text += '\n';
    else if (text !== '' && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' ';
    sentence = m[2]!;
    offsets.set(m[1]!, [text.length, text.length + word.length]);
    text += word;
    previous = word;
    if (Number(sentence) <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length;
  }
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
    const spans = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((t) => offsets.get(t[1]!)!).filter(Boolean);
    if (spans.length === 0) continue;
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    gold.push({ start, end, type, text: text.slice(start, end) });
  }
  return { name: path.split('/').at(-1)!, text, gold, annotatedEnd };
}

/** Every MEANTIME article under a corpus folder (apple/, gm/ …), in name order. */
export function readMeantimeCorpus(dir: string): MeantimeDoc[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name)).filter((f) => f.endsWith('.xml')).sort().map((f) => readMeantime(join(dir, d.name, f))));
}
