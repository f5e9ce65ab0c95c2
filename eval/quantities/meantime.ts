import { CORPORA } from '../../test/support/seed.js';
import { catFiles, decodeXml, markableSpan, readCat, type Spacing } from '../meantime/read-cat.js';
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

/** Quantities join "$ 99" as "$99", as the source prints it. */
const SPACING: Spacing = { surface: decodeXml, noSpaceBefore: /^(?:[,.;:!?%)\]]|'s|n't|'')$/, noSpaceAfter: /^[($[]$/ };

/** The MEANTIME English CAT files with their VALUE markables (MEANTIME has none after the annotated sentences). */
export function meantimeDocs(): GoldDoc[] {
  return catFiles(`${CORPORA}meantime`).map(({ path, name }) => {
    const doc = readCat(path, SPACING);
    const values: GoldValue[] = [];
    for (const [, type, body] of doc.xml.matchAll(/<VALUE [^>]*type="([^"]*)"[^>]*>([\s\S]*?)<\/VALUE>/g)) {
      const span = markableSpan(doc, body!);
      if (span) values.push({ type: type || 'UNTYPED', ...span, text: doc.text.slice(span.start, span.end) });
    }
    return { name, text: doc.text, values, annotatedEnd: doc.annotatedEnd };
  });
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
