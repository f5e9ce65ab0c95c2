import { CORPORA } from '../../test/support/seed.js';
import { catFiles, decodeXml, markableSpan, readCat, type Spacing } from '../meantime/read-cat.js';
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

/** Times keep PTB quotes as they are, and join them to the words they quote. */
const SPACING: Spacing = {
  surface: decodeXml,
  noSpaceBefore: /^(?:[,.;:!?%)\]}]|'s|'|''|n't|'re|'ve|'ll|'d|'m)$/i,
  noSpaceAfter: /^(?:[([{$]|``)$/,
};

/** Normalises a MEANTIME date value: the odd `03-02-2009` (day first) becomes 2009-02-03. */
function normaliseValue(value: string): string {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}

/** Reads one CAT XML file: TIMEX3 markables mapped to offsets. */
function readDoc(path: string, name: string): MeantimeDoc {
  const doc = readCat(path, SPACING);
  const gold: GoldTime[] = [];
  let dct = '';
  for (const m of doc.xml.matchAll(/<TIMEX3 ([^>]*?)\s*>([\s\S]*?)<\/TIMEX3>/g)) {
    const attr = (k: string): string => new RegExp(`\\b${k}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    const span = markableSpan(doc, m[2]!);
    if (!span) continue;
    const value = normaliseValue(attr('value'));
    if (attr('functionInDocument') === 'CREATION_TIME') dct = value;
    gold.push({ ...span, type: attr('type'), value });
  }
  return { name, text: doc.text, dct, gold, annotatedEnd: doc.annotatedEnd };
}

/** All MEANTIME English documents (apple and gm). */
export function meantimeDocs(): MeantimeDoc[] {
  return catFiles(`${CORPORA}meantime`).map((f) => readDoc(f.path, f.name));
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
