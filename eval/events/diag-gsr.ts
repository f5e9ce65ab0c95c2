/**
 * Diagnosis of the PLOVER gold sentences one category at a time (`node --import tsx eval/events/diag-gsr.ts ASSAULT`):
 * each gold sentence with its gold actors and the events the pipeline makes, with their entity codes.
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/app/analyze.js';
import { CORPORA } from '../../test/support/seed.js';
import { RENAMED } from './plover-gsr.js';


/** Prints the diagnosis of the categories named on the command line. */
export function diagnose(categories: readonly string[]): void {
  const analyzer = createAnalyzer();
  const gold = JSON.parse(readFileSync(`${CORPORA}plover-gsr/PLOVER_GSR_CAMEO.json`, 'utf8')) as { event: string; text?: string; source?: { code: string }[]; target?: { code: string }[]; textInfo?: { markup?: string } }[];
  for (const g of gold) {
    const cat = RENAMED[g.event] ?? g.event;
    if (!g.text || (categories.length && !categories.includes(cat))) continue;
    const r = analyzer.analyze({ text: g.text, published: '2000-01-01' });
    const code = new Map(r.entities.map((m) => [m.entity, m.actor ?? m.country ?? '?']));
    const side = (ids: readonly string[] | undefined): string => (ids ?? []).map((e) => code.get(e) ?? '?').join('+') || '-';
    console.log(`\n[${cat}] ${(Array.isArray(g.source) ? g.source : []).map((a) => a.code).join('+')} -> ${(Array.isArray(g.target) ? g.target : []).map((a) => a.code).join('+')} | ${g.textInfo?.markup ?? g.text}`);
    console.log(`   ents: ${r.entities.map((m) => `${m.text}=${m.actor ?? m.country ?? m.type}`).join('; ')}`);
    for (const e of r.events) console.log(`   ${e.plover} ${e.cameo} ${e.status} "${e.trigger?.text ?? ''}" ${side(e.source?.entities)} -> ${side(e.target?.entities)}`);
  }
}

diagnose(process.argv.slice(2));
