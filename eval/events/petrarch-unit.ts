/**
 * PETRARCH's unit tests run through Sitrep's events stage with the fictional-country
 * dictionaries: the validation verb dictionary imported by Sitrep's PETRARCH importer (isolated
 * verb codes kept, as PETRARCH uses them), actors and agents tagged by `petrarch-actors.ts`.
 * PLOVER's tense recoding is off: PETRARCH codes "will restore ties" as the act itself.
 */
import { readFileSync } from 'node:fs';
import { withLayers } from '../../src/core/doc.js';
import { buildDictionary, parseVerbPatterns } from '../../src/knowledge/verbs/parse-verbs.js';
import { importPetrarchVerbs } from '../../src/knowledge/verbs/petrarch-import.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { findEvents } from '../../src/stages/events/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';
import { loadPetrarchActors, tagActors } from './petrarch-actors.js';

/** One unit-test record as stored. */
interface UnitRecord {
  readonly id: string;
  readonly category: string;
  readonly date: string;
  readonly text: string;
  readonly expected_events: readonly { source: string; target: string; code: string }[];
  readonly expect_no_events: boolean;
  readonly expect_error: string | null;
}

/** Pass counts, overall and by test category. */
export interface UnitScores {
  total: number;
  passed: number;
  firstEventFound: number;
  byCategory: Map<string, { total: number; passed: number }>;
}

/** Runs every unit test; a test passes when the set of (source, target, code) triples is exactly the expected one. */
export function scorePetrarchUnit(records: string, reference: string): UnitScores {
  const verbs = buildDictionary([parseVerbPatterns(importPetrarchVerbs(readFileSync(`${reference}PETR.Validate.verbs.txt`, 'latin1')), 'PETR.Validate.verbs')]);
  const actors = loadPetrarchActors(readFileSync(`${reference}PETR.Validate.actors.txt`, 'latin1'), readFileSync(`${reference}PETR.Validate.agents.txt`, 'latin1'));
  const scores: UnitScores = { total: 0, passed: 0, firstEventFound: 0, byCategory: new Map() };
  for (const line of readFileSync(records, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as UnitRecord;
    const date = `${r.date.slice(0, 4)}-${r.date.slice(4, 6)}-${r.date.slice(6, 8)}`;
    let doc = tagsStage.run(tokensStage.run(makeDoc({ text: r.text }), {}), {});
    doc = withLayers(doc, { entities: tagActors(doc.text, doc.layers.tokens ?? [], actors, date) });
    const codeOf = new Map((doc.layers.entities ?? []).map((m) => [m.entity, m.actor ?? '']));
    const ours = new Set<string>();
    for (const e of findEvents(doc, { dictionary: verbs, keepUnknownCodes: true, recodeTense: false, petrarchPairs: true })) {
      const sources = e.source?.entities.map((x) => codeOf.get(x) ?? '') ?? [''];
      const targets = e.target?.entities.map((x) => codeOf.get(x) ?? '') ?? [''];
      for (const s of sources) for (const t of targets) ours.add(`${s}|${t}|${e.cameo}`);
    }
    const expected = new Set(r.expected_events.map((x) => `${x.source}|${x.target}|${x.code}`));
    const pass = expected.size === ours.size && [...expected].every((x) => ours.has(x));
    const first = r.expected_events[0];
    const cat = scores.byCategory.get(r.category) ?? { total: 0, passed: 0 };
    cat.total++;
    scores.total++;
    if (pass) {
      cat.passed++;
      scores.passed++;
    }
    if (first && ours.has(`${first.source}|${first.target}|${first.code}`)) scores.firstEventFound++;
    scores.byCategory.set(r.category, cat);
  }
  return scores;
}
