/**
 * The Kremlin corpus (no gold): the whole pipeline's speed, events per 1,000 words, the share of
 * categories, and a deterministic sample of events printed for a human to judge.
 */
import { createHash } from 'node:crypto';
import type { Analyzer } from '../../src/app/analyze.js';
import type { Event } from '../../src/core/mention.js';
import type { AnalysisRecord } from '../../src/core/record.js';

/** What the corpus run measured. */
export interface KremlinRun {
  words: number;
  seconds: number;
  events: number;
  byCategory: Map<string, number>;
  sample: string[];
}

/** A side as "text [CODE]". */
function side(record: AnalysisRecord, s: Event['source']): string {
  if (!s) return '-';
  return `${s.text} [${s.actor ?? '?'}]`;
}

/** Analyses every text, timing the whole pipeline, and keeps the `sampleSize` events whose hashed ids come first. */
export function runKremlin(texts: readonly { id: string; text: string; published?: string }[], analyzer: Analyzer, sampleSize: number): KremlinRun {
  let words = 0;
  const records: AnalysisRecord[] = [];
  const t0 = process.hrtime.bigint();
  for (const input of texts) records.push(analyzer.analyze(input));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const byCategory = new Map<string, number>();
  const keyed: { key: string; line: string }[] = [];
  let events = 0;
  for (const record of records) {
    words += record.text.split(/\s+/).filter((w) => w !== '').length;
    for (const e of record.events) {
      events++;
      byCategory.set(e.plover, (byCategory.get(e.plover) ?? 0) + 1);
      const key = createHash('sha1').update(`${record.doc.id}/${e.id}`).digest('hex');
      const s = record.sentences[e.sentence]!;
      const sentence = record.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      keyed.push({ key, line: `${record.doc.id}/${e.id} ${e.plover}${e.mode ? `/${e.mode}` : ''} ${e.cameo} ${e.status} "${e.trigger.text}" ${side(record, e.source)} -> ${side(record, e.target)} (${e.rule})\n    ${sentence}` });
    }
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { words, seconds, events, byCategory, sample: keyed.slice(0, sampleSize).map((k) => k.line) };
}
