/**
 * Recall on direct quotations: the share of speech quotations of four words or more that are part
 * of a claim. Two measures: inside a claim's content (what is claimed), and inside a claim's span
 * (cue, source and content; the measure used before content was asked for). Quotations listed in
 * `not-speech.tsv` (titles, names, scare quotes, judged by hand) are counted apart.
 */
import { readFileSync } from 'node:fs';
import type { AnalysisRecord } from '../../src/core/record.js';
import { evalQuotes } from './quote-marks.js';

const MIN_QUOTE_WORDS = 4;
const MAX_MISSED_SHOWN = 60;

/** A hand-judged non-speech quotation: document id, how its text starts, label. */
interface NotSpeech {
  readonly doc: string;
  readonly prefix: string;
  readonly label: string;
}

/** The rows of `not-speech.tsv`. */
function notSpeech(): NotSpeech[] {
  return readFileSync(new URL('not-speech.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [doc, prefix, label] = line.split('\t');
      return { doc: doc!, prefix: prefix!, label: label! };
    });
}

/** Shortens a string for the table. */
function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Prints recall on quotations over `records` (whose `doc.id` names the text). */
export function printQuoteRecall(records: readonly AnalysisRecord[]): void {
  const excluded = notSpeech();
  const used = new Set<NotSpeech>();
  let speech = 0;
  let inContent = 0;
  let inSpan = 0;
  let other = 0;
  let otherInSpan = 0;
  const missed: string[] = [];
  for (const record of records) {
    for (const q of evalQuotes(record.text)) {
      const inner = record.text.slice(q.start, q.end);
      if (inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
      const span = record.claims.some((c) => c.start <= q.start && q.end <= c.end);
      const row = excluded.find((x) => x.doc === record.doc.id && inner.startsWith(x.prefix));
      if (row) {
        used.add(row);
        other++;
        if (span) otherInSpan++;
        continue;
      }
      speech++;
      if (span) inSpan++;
      if (record.claims.some((c) => c.content.start <= q.start && q.end <= c.content.end)) inContent++;
      else if (missed.length < MAX_MISSED_SHOWN) missed.push(`${record.doc.id}: ${clip(record.text.slice(Math.max(0, q.start - 90), q.end + 40), 260)}`);
    }
  }
  const ratio = (a: number, b: number): string => `${a}/${b} = ${(a / Math.max(1, b)).toFixed(3)}`;
  console.log(`\n## Quotation recall (quotations of ≥ ${MIN_QUOTE_WORDS} words; each paragraph of a long quotation counts)`);
  console.log('   Speech: words someone said or wrote (person, group, message, document, poem), whole or in fragments.');
  console.log('   Not speech (eval/claims/not-speech.tsv, judged by hand): titles and names set off by marks, and scare quotes or idioms the writer uses as own words.');
  console.log(`   speech quotations inside a claim's content: ${ratio(inContent, speech)}`);
  console.log(`   speech quotations inside a claim's span:    ${ratio(inSpan, speech)}`);
  console.log(`   not-speech quotations (apart): ${other}, of which inside a claim's span: ${otherInSpan}`);
  for (const row of excluded) if (!used.has(row)) console.log(`   stale not-speech row: ${row.doc} ${row.prefix}`);
  missed.forEach((m) => console.log(`   missed: ${m}`));
}
