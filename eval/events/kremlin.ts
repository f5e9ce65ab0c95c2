/**
 * The Kremlin corpus (no gold): the whole pipeline's speed, events per 1,000 words, the share of
 * categories, and a deterministic sample of events printed for a human to judge.
 */
import { createHash } from 'node:crypto';
import type { Analyzer } from '../../src/app/analyze.js';
import type { EntityMention, Event } from '../../src/core/mention.js';
import { entityIndex } from '../../src/export/plover.js';
import type { AnalysisRecord } from '../../src/core/record.js';

/** What the corpus run measured. */
export interface KremlinRun {
  words: number;
  seconds: number;
  events: number;
  byCategory: Map<string, number>;
  /** The samples to judge by hand, in the order of SALTS: none shares an event with an earlier one. */
  samples: string[][];
  /** The redrawn samples, in the order of REDRAW_SALTS, each of the size asked for. */
  redraws: string[][];
  /** A sample drawn afresh over all events with RESAMPLE_SALT, the size of a redraw. */
  resample: string[];
  /** How many lines of `resample` each redrawn sample holds too, in the order of REDRAW_SALTS. */
  resampleOverlap: number[];
  /** A fourth redrawn sample, drawn with FOURTH_SALT from the events `resample` leaves, the size of a redraw. */
  fourth: string[];
  /** How many lines of `fourth` each of the first two redrawn samples holds too, in the order of REDRAW_SALTS. */
  fourthOverlap: number[];
  /** A fifth redrawn sample, drawn with FIFTH_SALT from the events the third and fourth leave, up to the size of a redraw. */
  fifth: string[];
  /** How many lines of `fifth` each of the first two redrawn samples holds too, in the order of REDRAW_SALTS. */
  fifthOverlap: number[];
  /** A sixth redrawn sample, drawn with SIXTH_SALT over all events again, the size of a redraw. */
  sixth: string[];
  /** How many lines of `sixth` the third, fourth and fifth redrawn samples hold too, in that order. */
  sixthOverlap: number[];
}

/**
 * Prefixes of the samples' hashes, one per sample: each orders the events another way, and each sample
 * is drawn from the events the earlier ones left, so none shares an event with an earlier sample.
 * Why append only: a judged sample stays the same events as long as the ones before it are kept.
 */
const SALTS = ['', 'sample-2/', 'sample-3/', 'sample-4/'];

/**
 * Prefixes of the redrawn samples: the first is drawn from all the events, judged ones included, and
 * each later one from the events the earlier redraws left. Why: the first four samples hold 250 of the
 * corpus's 270 or so events, so a fifth disjoint sample could not reach 100; a fresh draw, judged by an
 * evaluator who has not seen earlier verdicts, measures the code as it is now, and a second redraw
 * avoids the events the first one put before its evaluator. Append only, as SALTS.
 */
const REDRAW_SALTS = ['redraw-1/', 'redraw-2/'];

/**
 * Prefix of a sample drawn again over all events. Why not a third disjoint redraw: the two redraws hold
 * 200 of the corpus's 270 or so events, so what they leave cannot fill 100; a draw over all events,
 * judged by an evaluator who has not seen earlier verdicts, measures the code as it is now, and the run
 * counts how many of its events an earlier redraw held.
 */
const RESAMPLE_SALT = 'redraw-3/';

/**
 * Prefix of the fourth redrawn sample, drawn from the events the third leaves. Why those: the kinds of
 * error the third sample's verdicts found became the next session's work items, so a draw that avoids
 * its events measures the code on events no verdict put before the engineers; the run counts how many
 * of its lines the first two redraws hold.
 */
const FOURTH_SALT = 'redraw-4/';

/**
 * Prefix of the fifth redrawn sample, drawn from the events the third and fourth leave. Why those: the
 * kinds of error both samples' verdicts found became the work items of the sessions after them, so a
 * draw that avoids their events measures the code on events no recent verdict put before the engineers.
 */
const FIFTH_SALT = 'redraw-5/';

/**
 * Prefix of the sixth redrawn sample, drawn over all events again. Why all of them: the third, fourth
 * and fifth samples took 300 of about 315 events, so no disjoint draw of 100 is left; a judge who has
 * seen no verdict measures the code as it is now, and the run counts the lines the three recent
 * samples hold too.
 */
const SIXTH_SALT = 'redraw-6/';

/** The events in the order of the SHA-1 of `salt` + their doc/event id. */
function orderedBy<T extends { id: string }>(salt: string, events: readonly T[]): T[] {
  const hash = (id: string): string => createHash('sha1').update(salt + id).digest('hex');
  return events.map((x) => ({ x, key: hash(x.id) })).sort((a, b) => (a.key < b.key ? -1 : 1)).map((k) => k.x);
}

/**
 * A side as "text [CODE]", or "text [CODE + CODE …]" when it holds several parties: each party's code as
 * the PLOVER export writes it (src/export/plover.ts). Why every party: the record holds them all, and a
 * line with the first party's code alone showed a judge one party of a several-party side.
 */
function side(s: Event['source'], byEntity: ReadonlyMap<string, EntityMention>): string {
  if (!s) return '-';
  if (s.entities.length < 2) return `${s.text} [${s.actor ?? '?'}]`;
  return `${s.text} [${s.entities.map((id) => byEntity.get(id)?.actor ?? byEntity.get(id)?.country ?? s.actor ?? '?').join(' + ')}]`;
}

/**
 * Analyses every text, timing the whole pipeline, and draws `sizes[i]` events for sample i: of the
 * events the earlier samples left, those whose ids hashed after SALTS[i] come first; and `redrawSize`
 * events for each redrawn sample, drawn the same way over all events with REDRAW_SALTS, and as many
 * again over all events with RESAMPLE_SALT, then over the events that draw left with FOURTH_SALT, then
 * over the events those two left with FIFTH_SALT, and over all events again with SIXTH_SALT.
 */
export function runKremlin(texts: readonly { id: string; text: string; published?: string }[], analyzer: Analyzer, sizes: readonly number[], redrawSize = 0): KremlinRun {
  let words = 0;
  const records: AnalysisRecord[] = [];
  const t0 = process.hrtime.bigint();
  for (const input of texts) records.push(analyzer.analyze(input));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const byCategory = new Map<string, number>();
  const left: { id: string; line: string }[] = [];
  let events = 0;
  for (const record of records) {
    words += record.text.split(/\s+/).filter((w) => w !== '').length;
    const byEntity = entityIndex(record);
    for (const e of record.events) {
      events++;
      byCategory.set(e.plover, (byCategory.get(e.plover) ?? 0) + 1);
      const s = record.sentences[e.sentence]!;
      const sentence = record.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      left.push({ id: `${record.doc.id}/${e.id}`, line: `${record.doc.id}/${e.id} ${e.plover}${e.mode ? `/${e.mode}` : ''} ${e.cameo} ${e.status} "${e.trigger.text}" ${side(e.source, byEntity)} -> ${side(e.target, byEntity)} (${e.rule})\n    ${sentence}` });
    }
  }
  const samples = drawDisjoint(left, SALTS, sizes);
  const redraws = drawDisjoint(left, REDRAW_SALTS, REDRAW_SALTS.map(() => redrawSize));
  const third = orderedBy(RESAMPLE_SALT, left);
  const resample = third.slice(0, redrawSize).map((x) => x.line);
  const resampleOverlap = redraws.map((r) => resample.filter((line) => r.includes(line)).length);
  const fourthOrder = orderedBy(FOURTH_SALT, third.slice(redrawSize));
  const fourth = fourthOrder.slice(0, redrawSize).map((x) => x.line);
  const fourthOverlap = redraws.map((r) => fourth.filter((line) => r.includes(line)).length);
  const fifth = orderedBy(FIFTH_SALT, fourthOrder.slice(redrawSize)).slice(0, redrawSize).map((x) => x.line);
  const fifthOverlap = redraws.map((r) => fifth.filter((line) => r.includes(line)).length);
  const sixth = orderedBy(SIXTH_SALT, left).slice(0, redrawSize).map((x) => x.line);
  const sixthOverlap = [resample, fourth, fifth].map((r) => sixth.filter((line) => r.includes(line)).length);
  return { words, seconds, events, byCategory, samples, redraws, resample, resampleOverlap, fourth, fourthOverlap, fifth, fifthOverlap, sixth, sixthOverlap };
}

/** Samples of `sizes[i]` lines, one per salt, each drawn from the events the earlier ones left. */
function drawDisjoint(events: readonly { id: string; line: string }[], salts: readonly string[], sizes: readonly number[]): string[][] {
  let left = events;
  return sizes.map((size, i) => {
    const ordered = orderedBy(salts[i]!, left);
    left = ordered.slice(size);
    return ordered.slice(0, size).map((x) => x.line);
  });
}
