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
  /** A second sample, drawn with another hash from the events outside the first. */
  second: string[];
  /** A third sample, drawn with a third hash from the events outside the first two. */
  third: string[];
  /** A fourth sample, drawn with a fourth hash from the events outside the first three. */
  fourth: string[];
}

/** Prefix of the second sample's hash: a different order, so its events were never in the first sample. */
const SECOND_SALT = 'sample-2/';

/** Prefix of the third sample's hash: another order again, so its events were in neither earlier sample. */
const THIRD_SALT = 'sample-3/';

/** Prefix of the fourth sample's hash: a fourth order, so its events were in none of the three earlier samples. */
const FOURTH_SALT = 'sample-4/';

/** A side as "text [CODE]". */
function side(record: AnalysisRecord, s: Event['source']): string {
  if (!s) return '-';
  return `${s.text} [${s.actor ?? '?'}]`;
}

/**
 * Analyses every text, timing the whole pipeline, and keeps the `sampleSize` events whose hashed ids
 * come first, of the others the `secondSize` whose ids hashed after SECOND_SALT come first, and of the
 * rest the `thirdSize` whose ids hashed after THIRD_SALT come first, and of what remains the `fourthSize`
 * whose ids hashed after FOURTH_SALT come first.
 */
export function runKremlin(texts: readonly { id: string; text: string; published?: string }[], analyzer: Analyzer, sampleSize: number, secondSize = 0, thirdSize = 0, fourthSize = 0): KremlinRun {
  let words = 0;
  const records: AnalysisRecord[] = [];
  const t0 = process.hrtime.bigint();
  for (const input of texts) records.push(analyzer.analyze(input));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const byCategory = new Map<string, number>();
  const keyed: { key: string; second: string; third: string; fourth: string; line: string }[] = [];
  let events = 0;
  for (const record of records) {
    words += record.text.split(/\s+/).filter((w) => w !== '').length;
    for (const e of record.events) {
      events++;
      byCategory.set(e.plover, (byCategory.get(e.plover) ?? 0) + 1);
      const id = `${record.doc.id}/${e.id}`;
      const key = createHash('sha1').update(id).digest('hex');
      const second = createHash('sha1').update(SECOND_SALT + id).digest('hex');
      const third = createHash('sha1').update(THIRD_SALT + id).digest('hex');
      const fourth = createHash('sha1').update(FOURTH_SALT + id).digest('hex');
      const s = record.sentences[e.sentence]!;
      const sentence = record.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      keyed.push({ key, second, third, fourth, line: `${record.doc.id}/${e.id} ${e.plover}${e.mode ? `/${e.mode}` : ''} ${e.cameo} ${e.status} "${e.trigger.text}" ${side(record, e.source)} -> ${side(record, e.target)} (${e.rule})\n    ${sentence}` });
    }
  }
  keyed.sort((a, b) => (a.key < b.key ? -1 : 1));
  const rest = keyed.slice(sampleSize).sort((a, b) => (a.second < b.second ? -1 : 1));
  const last = rest.slice(secondSize).sort((a, b) => (a.third < b.third ? -1 : 1));
  // Why from `last` past the third sample: the fourth must share no event with samples 1-3, so that its judging is fresh.
  const remaining = last.slice(thirdSize).sort((a, b) => (a.fourth < b.fourth ? -1 : 1));
  return {
    words, seconds, events, byCategory,
    sample: keyed.slice(0, sampleSize).map((k) => k.line),
    second: rest.slice(0, secondSize).map((k) => k.line),
    third: last.slice(0, thirdSize).map((k) => k.line),
    fourth: remaining.slice(0, fourthSize).map((k) => k.line),
  };
}
