/**
 * PLOVER gold records (CAMEO manual sentences, older category names mapped with the PLOVER
 * manual's table): category accuracy for the gold source and target, and precision / recall of
 * (source country, target country, category) triples.
 */
import { readFileSync } from 'node:fs';
import type { Analyzer } from '../../src/app/analyze.js';
import { loadKnowledgeBase } from '../../src/knowledge/load-kb.js';
import type { AnalysisRecord } from '../../src/core/record.js';

/** Older PLOVER category names and their current ones (PLOVER manual, CAMEO to PLOVER table). */
export const RENAMED: Readonly<Record<string, string>> = { DEMAND: 'REQUEST', FIGHT: 'ASSAULT', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE' };

/** A gold record as stored; `published` is the day a set's sentence may be dated by its text (the republics of Donbass exist only from 2014). */
interface GoldRecord {
  readonly event: string;
  readonly text?: string;
  readonly published?: unknown;
  readonly source?: unknown;
  readonly target?: unknown;
}

/** Scores of one run over the gold records. */
export interface GsrScores {
  sentences: number;
  withActorMatch: number;
  categoryRight: number;
  goldTriples: number;
  ourTriples: number;
  matchedGold: number;
  matchedOurs: number;
  byCategory: Map<string, { gold: number; right: number }>;
}

/** The country codes of one side of our event; an intergovernmental organisation (actor code IGO…) is "IGO", as the gold codes it, whatever its country field holds ("OSCE"). */
function sideCodes(record: AnalysisRecord, entities: readonly string[] | undefined): string[] {
  const byEntity = new Map(record.entities.map((m) => [m.entity, m.actor?.startsWith('IGO') ? 'IGO' : (m.country ?? m.actor ?? '').slice(0, 3)]));
  return [...new Set((entities ?? []).map((e) => byEntity.get(e) ?? '').filter((c) => c !== ''))];
}

/** ISO 3166-1 alpha-3 codes of the countries the KB knows: a code outside them (NGO, IMG, NATO) is no country's. */
const COUNTRIES = loadKnowledgeBase().countries;

/**
 * The gold's country codes of an older code set (KEDS/TABARI-era, as its category names are) and
 * the ISO codes they stand for: its Japan, Italy and Vietnam sentences are coded JAP, ITL and VTN.
 */
const OLDER_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/** Does our code stand for the gold code ("IGO" matches any code that is not a country's)? */
function same(ours: string, gold: string): boolean {
  return ours === (OLDER_CODES[gold] ?? gold) || (gold === 'IGO' && !COUNTRIES.has(ours));
}

/** The publication day of a gold sentence that carries none of its own (every set's, before dev-codes-4 and -5 dated their Donbass sentences). */
const DEFAULT_PUBLISHED = '2000-01-01';

/** Runs the analyzer over every gold sentence, on its own `published` day if it has one, and scores it. */
export function scoreGsr(path: string, analyzer: Analyzer): GsrScores {
  const gold = (JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[]).filter((g) => g.event !== 'DOCUMENT' && g.text);
  const s: GsrScores = { sentences: gold.length, withActorMatch: 0, categoryRight: 0, goldTriples: 0, ourTriples: 0, matchedGold: 0, matchedOurs: 0, byCategory: new Map() };
  for (const g of gold) {
    const category = RENAMED[g.event] ?? g.event;
    const record = analyzer.analyze({ text: g.text!, published: typeof g.published === 'string' ? g.published : DEFAULT_PUBLISHED });
    const list = (x: unknown): { code: string }[] => (Array.isArray(x) ? (x as { code: string }[]).filter((a) => typeof a?.code === 'string') : []);
    const gs = list(g.source).map((a) => a.code.slice(0, 3));
    const gt = list(g.target).map((a) => a.code.slice(0, 3));
    const events = record.events.map((e) => ({ plover: e.plover, s: sideCodes(record, e.source?.entities), t: sideCodes(record, e.target?.entities) }));
    const fits = (e: { s: string[]; t: string[] }): boolean =>
      e.s.some((c) => gs.some((x) => same(c, x))) && (gt.length === 0 || e.t.some((c) => gt.some((x) => same(c, x))));
    const match = events.find((e) => fits(e) && e.plover === category) ?? events.find(fits);
    const cat = s.byCategory.get(category) ?? { gold: 0, right: 0 };
    cat.gold++;
    if (match) s.withActorMatch++;
    if (match && match.plover === category) {
      s.categoryRight++;
      cat.right++;
    }
    s.byCategory.set(category, cat);
    const goldTriples = gs.flatMap((a) => (gt.length ? gt : ['']).map((b) => [a, b, category] as const));
    const ourTriples = events.flatMap((e) => e.s.flatMap((a) => (e.t.length ? e.t : ['']).map((b) => [a, b, e.plover] as const)));
    const eq = (x: readonly [string, string, string], y: readonly [string, string, string]): boolean =>
      same(x[0], y[0]) && (y[1] === '' || same(x[1], y[1])) && x[2] === y[2];
    s.goldTriples += goldTriples.length;
    s.ourTriples += ourTriples.length;
    s.matchedGold += goldTriples.filter((gtr) => ourTriples.some((o) => eq(o, gtr))).length;
    s.matchedOurs += ourTriples.filter((o) => goldTriples.some((gtr) => eq(o, gtr))).length;
  }
  return s;
}
