/**
 * `npm run eval -- meantime`: entity recognition on MEANTIME English (Wikinews, CAT XML), named
 * mentions of persons, organisations and locations. Precision, recall and F1 by type, for exact
 * spans and for overlapping spans. MEANTIME annotates only the title, date line and first four
 * sentences of each article, so predictions are scored in that part only.
 *
 * Scored by MEANTIME's own conventions where they differ from ours (each is read from the data):
 * - named mentions are NAM and PRE.NAM (a name used as a modifier: "U.S." in "U.S. automaker GM",
 *   "American" in "American automobile manufacturer", typed LOC as the country);
 * - a mention's extent is its whole noun phrase ("the United States", "U.S. automaker GM"); ours is
 *   the name, so a gold mention also matches by its extent without the article, by the mentions
 *   inside it with the same referent, by the name that ends a premodified phrase, and by the place
 *   in "place, region" ("San Francisco, California");
 * - person names exclude titles ("Steve Jobs"); ours include them ("Apple CEO Steve Jobs"), so a
 *   title-name mention matches by its name or its whole span;
 * - MEANTIME has no GPE, facility or nationality class: our GPE, LOC, FAC and KB demonyms count as
 *   LOC; works (WORK) are its products (PRO), which are not scored, nor are events and OTHER;
 * - mentions the annotators left without a syntactic type are not scored either way, and the three
 *   articles with no entity annotation at all are skipped (see meantime-gold.ts).
 * Pronoun and description mentions are left out (the gold has named mentions only).
 */
import { createAnalyzer } from '../src/app/analyze.js';
import { CORPORA } from '../test/support/seed.js';
import { readMeantimeCorpus } from './meantime-gold.js';
import { hits, judge, scoredMentions, type Mode } from './meantime/entity-score.js';

/** Matches counted both ways: predictions that hit gold (precision) and gold that is hit (recall). */
interface Counts {
  tp: number;
  tpGold: number;
  predicted: number;
  gold: number;
}

function f(c: Counts): string {
  const p = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const r = c.gold === 0 ? 0 : c.tpGold / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`;
}

/** Prints the table. */
export async function run(): Promise<void> {
  const docs = readMeantimeCorpus(`${CORPORA}meantime`);
  const analyzer = createAnalyzer();
  const modes: readonly Mode[] = ['exact', 'overlap'];
  const counts = new Map<string, Counts>();
  const bump = (mode: string, type: string, key: 'tp' | 'predicted' | 'gold' | 'tpGold'): void => {
    for (const t of [type, 'ALL']) {
      const id = `${mode}|${t}`;
      const c = counts.get(id) ?? { tp: 0, predicted: 0, gold: 0, tpGold: 0 };
      c[key]++;
      counts.set(id, c);
    }
  };
  const scored = docs.filter((d) => d.annotated);
  let unscored = 0;
  for (const doc of scored) {
    const record = analyzer.analyze({ text: doc.text, id: doc.name });
    const predicted = scoredMentions(record.entities, doc.annotatedEnd);
    for (const mode of modes) {
      for (const p of predicted) {
        const verdict = judge(doc, p, mode);
        if (verdict === 'unscored') {
          if (mode === 'exact') unscored++;
          continue;
        }
        bump(mode, p.type, 'predicted');
        if (verdict === 'tp') bump(mode, p.type, 'tp');
      }
      for (const g of doc.gold) {
        bump(mode, g.type, 'gold');
        if (predicted.some((p) => hits(p, g, mode))) bump(mode, g.type, 'tpGold');
      }
    }
  }
  const lines = [
    `MEANTIME English: ${scored.length} of ${docs.length} articles (${docs.length - scored.length} have no entity annotation), named mentions (NAM, PRE.NAM) of PER/ORG/LOC`,
    `${unscored} predictions not scored: the extent of a mention the annotators left without a syntactic type`, 'mode     type  gold  pred  P      R      F1'];
  for (const mode of modes) {
    for (const type of ['PER', 'ORG', 'LOC', 'ALL']) {
      const c = counts.get(`${mode}|${type}`) ?? { tp: 0, predicted: 0, gold: 0, tpGold: 0 };
      lines.push(`${mode.padEnd(8)} ${type.padEnd(5)} ${String(c.gold).padStart(4)}  ${String(c.predicted).padStart(4)}  ${f(c)}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
