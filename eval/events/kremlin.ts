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
  /** The samples to judge by hand, in the order of SALTS: none shares an event with an earlier one. */
  samples: string[][];
  /** A sample drawn afresh from all the events (REDRAW_SALT), of the size asked for. */
  redraw: string[];
}

/**
 * Prefixes of the samples' hashes, one per sample: each orders the events another way, and each sample
 * is drawn from the events the earlier ones left, so none shares an event with an earlier sample.
 * Why append only: a judged sample stays the same events as long as the ones before it are kept.
 */
const SALTS = ['', 'sample-2/', 'sample-3/', 'sample-4/'];

/**
 * The prefix of the redrawn sample: drawn from all the events, judged ones included. Why: the first
 * four samples hold 250 of the corpus's 270 or so events, so a fifth disjoint sample could not reach
 * 100; a fresh draw over every event, judged by an evaluator who has not seen earlier verdicts, measures
 * the code as it is now.
 */
const REDRAW_SALT = 'redraw-1/';

/** The events in the order of the SHA-1 of `salt` + their doc/event id. */
function orderedBy<T extends { id: string }>(salt: string, events: readonly T[]): T[] {
  const hash = (id: string): string => createHash('sha1').update(salt + id).digest('hex');
  return events.map((x) => ({ x, key: hash(x.id) })).sort((a, b) => (a.key < b.key ? -1 : 1)).map((k) => k.x);
}

/** A side as "text [CODE]". */
function side(s: Event['source']): string {
  if (!s) return '-';
  return `${s.text} [${s.actor ?? '?'}]`;
}

/**
 * Analyses every text, timing the whole pipeline, and draws `sizes[i]` events for sample i: of the
 * events the earlier samples left, those whose ids hashed after SALTS[i] come first; and `redrawSize`
 * events of all for the redrawn sample.
 */
export function runKremlin(texts: readonly { id: string; text: string; published?: string }[], analyzer: Analyzer, sizes: readonly number[], redrawSize = 0): KremlinRun {
  let words = 0;
  const records: AnalysisRecord[] = [];
  const t0 = process.hrtime.bigint();
  for (const input of texts) records.push(analyzer.analyze(input));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const byCategory = new Map<string, number>();
  let left: { id: string; line: string }[] = [];
  let events = 0;
  for (const record of records) {
    words += record.text.split(/\s+/).filter((w) => w !== '').length;
    for (const e of record.events) {
      events++;
      byCategory.set(e.plover, (byCategory.get(e.plover) ?? 0) + 1);
      const s = record.sentences[e.sentence]!;
      const sentence = record.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      left.push({ id: `${record.doc.id}/${e.id}`, line: `${record.doc.id}/${e.id} ${e.plover}${e.mode ? `/${e.mode}` : ''} ${e.cameo} ${e.status} "${e.trigger.text}" ${side(e.source)} -> ${side(e.target)} (${e.rule})\n    ${sentence}` });
    }
  }
  const all = left;
  const samples: string[][] = [];
  sizes.forEach((size, i) => {
    const ordered = orderedBy(SALTS[i]!, left);
    samples.push(ordered.slice(0, size).map((x) => x.line));
    left = ordered.slice(size);
  });
  const redraw = orderedBy(REDRAW_SALT, all).slice(0, redrawSize).map((x) => x.line);
  return { words, seconds, events, byCategory, samples, redraw };
}
