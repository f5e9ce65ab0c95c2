import { readFileSync, readdirSync } from 'node:fs';
import { CORPORA } from '../../test/support/seed.js';
import { quantitiesOf } from './analyze.js';

/** A gold VALUE markable as a character span of the rebuilt text. */
interface GoldValue {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One MEANTIME document: its text rebuilt from the CAT tokens and its VALUE markables. */
interface GoldDoc {
  readonly name: string;
  readonly text: string;
  readonly values: readonly GoldValue[];
  /** End of the annotated part: MEANTIME annotates the first six sentences (title, date, four of the body). */
  readonly annotatedEnd: number;
}

/** Index of the last sentence MEANTIME annotates in each document (checked: no markable lies later). */
const LAST_ANNOTATED_SENTENCE = 5;

const TOKEN = /<token t_id="(\d+)" sentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
const VALUE = /<VALUE [^>]*type="([^"]*)"[^>]*>([\s\S]*?)<\/VALUE>/g;
const ANCHOR = /t_id="(\d+)"/g;
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]]|'s|n't|'')$/;
const NO_SPACE_AFTER = /^[($[]$/;

/**
 * Reads the MEANTIME English CAT files: sentences become lines, tokens are joined with a space
 * except before closing punctuation and after "$" or "(", so "$ 99" reads "$99" as in the source.
 */
export function meantimeDocs(): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const corpus of ['apple', 'gm']) {
    const dir = `${CORPORA}meantime/${corpus}/`;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(dir + file, 'utf8');
      const spans = new Map<string, [number, number]>();
      let text = '';
      let sentence = '';
      let previous = '';
      let annotatedEnd = 0;
      for (const [, id, sent, raw] of xml.matchAll(TOKEN)) {
        const word = decode(raw!);
        if (text !== '' && sent !== sentence) text += '\n';
        else if (text !== '' && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' ';
        spans.set(id!, [text.length, text.length + word.length]);
        text += word;
        sentence = sent!;
        previous = word;
        if (Number(sent) <= LAST_ANNOTATED_SENTENCE) annotatedEnd = text.length;
      }
      const values: GoldValue[] = [];
      for (const [, type, body] of xml.matchAll(VALUE)) {
        const ids = [...body!.matchAll(ANCHOR)].map((m) => spans.get(m[1]!)).filter((s): s is [number, number] => s !== undefined);
        if (ids.length === 0) continue;
        const start = Math.min(...ids.map((s) => s[0]));
        const end = Math.max(...ids.map((s) => s[1]));
        values.push({ type: type || 'UNTYPED', start, end, text: text.slice(start, end) });
      }
      docs.push({ name: `${corpus}/${file}`, text, values, annotatedEnd });
    }
  }
  return docs;
}

/** Undoes the XML escapes of token text. */
function decode(raw: string): string {
  return raw.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Counts of one matching criterion. */
export interface SpanScore {
  readonly name: string;
  readonly matched: number;
  readonly predicted: number;
  readonly gold: number;
  readonly recallByType: ReadonlyMap<string, [number, number]>;
}

/**
 * Scores predicted quantity spans against gold VALUE spans with three criteria, one-to-one:
 * exact span; start-aligned (same start, prediction covers the gold span: MEANTIME leaves the
 * counted noun out, "500" where Sitrep has "500 prisoners"); and any overlap. Only predictions in
 * the annotated sentences count.
 */
export function scoreMeantime(): SpanScore[] {
  const criteria: [string, (g: GoldValue, p: { start: number; end: number }) => boolean][] = [
    ['exact', (g, p) => g.start === p.start && g.end === p.end],
    ['start-aligned', (g, p) => g.start === p.start && p.end >= g.end],
    ['overlap', (g, p) => g.start < p.end && p.start < g.end],
  ];
  const docs = meantimeDocs().map((doc) => ({ doc, predicted: quantitiesOf(doc.text).quantities.filter((q) => q.start < doc.annotatedEnd) }));
  return criteria.map(([name, fits]) => {
    let matched = 0;
    let predicted = 0;
    let gold = 0;
    const recallByType = new Map<string, [number, number]>();
    for (const { doc, predicted: mentions } of docs) {
      const used = new Set<number>();
      predicted += mentions.length;
      gold += doc.values.length;
      for (const g of doc.values) {
        const hit = mentions.findIndex((p, i) => !used.has(i) && fits(g, p));
        const row = recallByType.get(g.type) ?? [0, 0];
        row[1]++;
        if (hit >= 0) {
          used.add(hit);
          matched++;
          row[0]++;
        }
        recallByType.set(g.type, row);
      }
    }
    return { name, matched, predicted, gold, recallByType };
  });
}
