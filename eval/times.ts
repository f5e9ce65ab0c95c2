import { performance } from 'node:perf_hooks';
import { kremlinTexts } from '../test/support/seed.js';
import { scoreMeantime } from './times/meantime.js';
import { scoreRecognizers } from './times/recognizers.js';
import { timesOf } from './times/analyze-times.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const VERBOSE = process.env.EVAL_VERBOSE === '1';

/** `npm run eval -- times`: MEANTIME TIMEX3 spans and values, Recognizers pass rates, Kremlin cost. */
export async function run(): Promise<void> {
  const m = scoreMeantime();
  console.log(`MEANTIME TIMEX3 (${m.docs} docs, ${m.gold} gold, ${m.predicted} predicted)`);
  console.log('  match     precision  recall   F1');
  console.log(`  exact     ${pct(m.exact.p).padEnd(10)} ${pct(m.exact.r).padEnd(8)} ${pct(m.exact.f1)}`);
  console.log(`  overlap   ${pct(m.overlap.p).padEnd(10)} ${pct(m.overlap.r).padEnd(8)} ${pct(m.overlap.f1)}`);
  console.log(`  value accuracy (overlapping gold with a value, n=${m.valueScored}): ${pct(m.valueAccuracy)}; type accuracy ${pct(m.typeAccuracy)}`);
  if (VERBOSE) m.misses.forEach((line) => console.log(`    ${line}`));

  console.log('\nMicrosoft Recognizers DateTime, news-like cases (dates, ranges, durations, sets; negatives)');
  let cases = 0;
  let passed = 0;
  for (const [group, rate] of scoreRecognizers()) {
    cases += rate.cases;
    passed += rate.passed;
    console.log(`  ${group.padEnd(62)} ${String(rate.passed).padStart(4)}/${String(rate.cases).padEnd(4)} ${pct(rate.passed / rate.cases)}`);
    if (VERBOSE) rate.failures.forEach((line) => console.log(`    ${line}`));
  }
  console.log(`  ${'all'.padEnd(62)} ${String(passed).padStart(4)}/${String(cases).padEnd(4)} ${pct(passed / cases)}`);

  const texts = kremlinTexts();
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
  timesOf(texts[0]!.text, '2020-01-01');
  const t0 = performance.now();
  let mentions = 0;
  for (const t of texts) mentions += timesOf(t.text, t.published ?? '2020-01-01').length;
  const ms = performance.now() - t0;
  console.log(`\nKremlin (${texts.length} texts, ${words} words): tokens+tags+times ${ms.toFixed(0)} ms, ${mentions} time mentions`);
}
