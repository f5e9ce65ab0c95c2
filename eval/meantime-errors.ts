/**
 * `npm run eval -- meantime-errors`: the MEANTIME entity mistakes for reading, by type: predictions
 * that hit no gold span of their type (false positives, with the gold they overlap if any) and
 * gold mentions no prediction hits exactly (misses and span mismatches). Same scoring window and
 * type mapping as `meantime`.
 */
import { createAnalyzer } from '../src/app/analyze.js';
import { CORPORA } from '../test/support/seed.js';
import { readMeantimeCorpus } from './meantime-gold.js';
import { hits, judge, scoredMentions } from './meantime/entity-score.js';

/** Prints every false positive and every missed or mismatched gold mention, grouped by type. */
export async function run(): Promise<void> {
  const docs = readMeantimeCorpus(`${CORPORA}meantime`);
  const analyzer = createAnalyzer();
  const lines = new Map<string, string[]>();
  const add = (key: string, line: string): void => {
    const list = lines.get(key) ?? [];
    list.push(line);
    lines.set(key, list);
  };
  for (const doc of docs.filter((d) => d.annotated)) {
    const record = analyzer.analyze({ text: doc.text, id: doc.name });
    const predicted = scoredMentions(record.entities, doc.annotatedEnd);
    const quote = (s: { start: number; end: number }): string => JSON.stringify(doc.text.slice(s.start, s.end));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    for (const p of predicted) {
      if (judge(doc, p, 'exact') !== 'fp') continue;
      const near = doc.gold.filter((g) => overlaps(g, p)).map((g) => `${g.type} ${g.syntactic} ${quote(g)}`);
      const context = doc.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\n/g, ' | ');
      add(`FP ${p.type}`, `${quote(p)} [${p.rule}] «${context}»${near.length ? ` ~ gold ${near.join(', ')}` : ''}  (${doc.name.slice(0, 40)})`);
    }
    for (const g of doc.gold) {
      if (predicted.some((p) => hits(p, g, 'exact'))) continue;
      const near = predicted.filter((p) => overlaps(g, p)).map((p) => `${p.type} ${quote(p)} [${p.rule}]`);
      add(`FN ${g.type}`, `${g.syntactic} ${quote(g)}${near.length ? ` ~ ours ${near.join(', ')}` : ''}  (${doc.name.slice(0, 40)})`);
    }
  }
  for (const [key, list] of [...lines].sort()) process.stdout.write(`== ${key}: ${list.length}\n${list.map((l) => `  ${l}`).join('\n')}\n`);
}
