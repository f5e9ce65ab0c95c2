import { readdirSync, readFileSync } from 'node:fs';
import { CORPORA } from '../../test/support/seed.js';
import { timesOf } from './analyze-times.js';

/** One gold TIMEX3 of MEANTIME, as a span of the rebuilt text. */
interface GoldTime {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** A MEANTIME document rebuilt as text (one sentence a line), its creation date and gold times. */
export interface MeantimeDoc {
  name: string;
  text: string;
  dct: string;
  gold: GoldTime[];
  /** MEANTIME annotates only the first sentences (0–5): predictions after this offset are not scored. */
  annotatedEnd: number;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|''|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``)$/;

/** The last sentence index MEANTIME annotates (the title is 0, the dateline 1). */
const ANNOTATED_SENTENCES = 5;

/** Normalises a MEANTIME date value: the odd `03-02-2009` (day first) becomes 2009-02-03. */
function normaliseValue(value: string): string {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** Reads one CAT XML file: tokens joined with news spacing, TIMEX3 markables mapped to offsets. */
function readDoc(path: string, name: string): MeantimeDoc {
  const xml = readFileSync(path, 'utf8');
  const offsets = new Map<string, [number, number]>();
  let text = '';
  let sentence = '0';
  let prev = '';
  let annotatedEnd = 0;
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const word = m[3]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (text !== '' && m[2] !== sentence) text += '\n';
    else if (text !== '' && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev)) text += ' ';
    sentence = m[2]!;
    offsets.set(m[1]!, [text.length, text.length + word.length]);
    text += word;
    prev = word;
    if (Number(sentence) <= ANNOTATED_SENTENCES) annotatedEnd = text.length;
  }
  const gold: GoldTime[] = [];
  let dct = '';
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*?)\s*>([\s\S]*?)<\/TIMEX3>/g)) {
    const attr = (k: string): string => new RegExp(`\\b${k}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    const ids = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!);
    if (ids.length === 0) continue;
    const value = normaliseValue(attr('value'));
    if (attr('functionInDocument') === 'CREATION_TIME') dct = value;
    gold.push({ start: offsets.get(ids[0]!)![0], end: offsets.get(ids[ids.length - 1]!)![1], type: attr('type'), value });
  }
  return { name, text, dct, gold, annotatedEnd };
}

/** All MEANTIME English documents (apple and gm). */
export function meantimeDocs(): MeantimeDoc[] {
  const root = `${CORPORA}meantime/`;
  return ['apple', 'gm'].flatMap((topic) =>
    readdirSync(`${root}${topic}`).filter((f) => f.endsWith('.xml')).sort().map((f) => readDoc(`${root}${topic}/${f}`, `${topic}/${f}`)),
  );
}

/** Span and value scores of the times stage on MEANTIME. */
export interface MeantimeScores {
  docs: number;
  gold: number;
  predicted: number;
  exact: { p: number; r: number; f1: number };
  overlap: { p: number; r: number; f1: number };
  valueAccuracy: number;
  valueScored: number;
  typeAccuracy: number;
  misses: string[];
}

const prf = (tp: number, np: number, ng: number): { p: number; r: number; f1: number } => {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const withF1 = (p: number, r: number): { p: number; r: number; f1: number } => ({ p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 });

/** Runs the times stage over MEANTIME with each document's creation date as publication date. */
export function scoreMeantime(): MeantimeScores {
  const docs = meantimeDocs();
  let gold = 0, predicted = 0, exactTp = 0, overlapGold = 0, overlapPred = 0, valueOk = 0, valueScored = 0, typeOk = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const times = timesOf(doc.text, doc.dct || undefined).filter((t) => t.start < doc.annotatedEnd);
    gold += doc.gold.length;
    predicted += times.length;
    for (const t of times) {
      if (doc.gold.some((g) => g.start < t.end && t.start < g.end)) overlapPred++;
      else misses.push(`${doc.name}: spurious "${t.text}" ${t.value}`);
    }
    for (const g of doc.gold) {
      const exact = times.find((t) => t.start === g.start && t.end === g.end);
      const over = exact ?? times.find((t) => t.start < g.end && g.start < t.end);
      if (exact) exactTp++;
      if (!over) {
        misses.push(`${doc.name}: missed "${doc.text.slice(g.start, g.end)}" ${g.value}`);
        continue;
      }
      overlapGold++;
      if (!g.value) continue;
      valueScored++;
      if (over.type === g.type) typeOk++;
      if (over.value === g.value) valueOk++;
      else misses.push(`${doc.name}: "${over.text}" → ${over.value}, gold "${doc.text.slice(g.start, g.end)}" ${g.value}`);
    }
  }
  return {
    docs: docs.length, gold, predicted,
    exact: prf(exactTp, predicted, gold),
    overlap: withF1(predicted ? overlapPred / predicted : 0, gold ? overlapGold / gold : 0),
    valueAccuracy: valueScored ? valueOk / valueScored : 0, valueScored,
    typeAccuracy: valueScored ? typeOk / valueScored : 0,
    misses,
  };
}
