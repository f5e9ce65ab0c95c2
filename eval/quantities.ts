/**
 * `npm run eval -- quantities`: the seed article's quantity rows, MEANTIME VALUE spans, the
 * Recognizers-Text English number, percentage, range, ordinal and currency specs, and the
 * stage's speed and output on the Kremlin corpus.
 */
import { seedRecord, kremlinTexts } from '../test/support/seed.js';
import { pct } from './quantities/analyze.js';
import { scoreMeantime } from './quantities/meantime.js';
import { scoreRecognizers } from './quantities/recognizers.js';
import { timeQuantities } from './quantities/speed.js';

/** The EXPECTED.md quantity rows: text, value, approx, unit (all "must"). */
const EXPECTED: readonly [string, number, string | null, string][] = [
  ['more than 300 Ukrainian children', 300, 'more_than', 'children'],
  ['500 prisoners of war', 500, null, 'prisoners of war'],
  ['four Russian airfields', 4, null, 'airfields'],
  ["over a third of Russia's strategic bombers", 1 / 3, 'more_than', 'strategic bombers'],
  ['52 nations', 52, null, 'nations'],
];

/** Prints every table. */
export async function run(): Promise<void> {
  const seed = seedRecord().quantities;
  const passedRows = EXPECTED.filter(([text, value, approx, unit]) =>
    seed.some((q) => q.text.replace(/’/g, "'") === text && Math.abs(q.value - value) < 1e-9 && q.approx === approx && q.unit === unit));
  console.log(`\nSeed EXPECTED.md quantity rows (must): ${passedRows.length}/${EXPECTED.length} pass; ${seed.length} quantities emitted`);

  console.log('\nMEANTIME English VALUE (money, percent, quantity), span match one-to-one');
  console.log('criterion       matched  gold  pred  P       R       F1      recall MONEY / PERCENT / QUANTITY');
  for (const s of scoreMeantime()) {
    const p = s.matched / s.predicted;
    const r = s.matched / s.gold;
    const byType = ['MONEY', 'PERCENT', 'QUANTITY'].map((t) => {
      const [m, g] = s.recallByType.get(t) ?? [0, 0];
      return `${m}/${g}`;
    });
    console.log(`${s.name.padEnd(15)} ${String(s.matched).padStart(7)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}  ${p.toFixed(3)}   ${r.toFixed(3)}   ${((2 * p * r) / (p + r)).toFixed(3)}   ${byType.join(' / ')}`);
  }

  console.log('\nRecognizers-Text English specs: pass rate, all cases and the news-prose subset');
  console.log('file                                         all              news subset');
  const failures: string[] = [];
  for (const s of scoreRecognizers()) {
    console.log(`${s.file.padEnd(44)} ${`${s.passed}/${s.total}`.padStart(7)} ${pct(s.passed, s.total).padStart(7)}   ${`${s.newsPassed}/${s.newsTotal}`.padStart(7)} ${pct(s.newsPassed, s.newsTotal).padStart(7)}`);
    failures.push(...s.failures.slice(0, 6).map((f) => `  ${s.file.split('/').pop()}: ${JSON.stringify(f).slice(0, 100)}`));
  }
  if (process.env.SHOW_FAILURES) console.log(`\nNews-subset failures (first 6 per file):\n${failures.join('\n')}`);

  const speed = timeQuantities(kremlinTexts());
  console.log(`\nKremlin corpus (${speed.docs} texts, ${speed.words} words), best of ${speed.rounds} rounds, tokens and tags made once beforehand:`);
  console.log(`quantities stage: ${speed.ms.toFixed(1)} ms, ${Math.round(speed.wordsPerSecond).toLocaleString('en')} words/s; ${speed.quantities} quantities (${speed.withUnit} with a unit, ${speed.casualties} casualty counts)`);
}
