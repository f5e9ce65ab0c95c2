import { kremlinTexts } from '../test/support/seed.js';
import { scoreMeantime } from './times/meantime.js';
import { scoreRecognizers } from './times/recognizers.js';
import type { Doc } from '../src/core/doc.js';
import { makeDoc } from '../src/pipeline/make-doc.js';
import { tagsStage } from '../src/stages/tags/index.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import { createTimesStage } from '../src/stages/times/index.js';

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
  const rates = [...scoreRecognizers()];
  for (const [group, rate] of rates.filter(([g]) => g.startsWith('skipped'))) console.log(`  ${group.padEnd(62)} ${String(rate.cases).padStart(4)}`);
  for (const [group, rate] of rates.filter(([g]) => !g.startsWith('skipped'))) {
    cases += rate.cases;
    passed += rate.passed;
    console.log(`  ${group.padEnd(62)} ${String(rate.passed).padStart(4)}/${String(rate.cases).padEnd(4)} ${pct(rate.passed / rate.cases)}`);
    if (VERBOSE) rate.failures.forEach((line) => console.log(`    ${line}`));
  }
  console.log(`  ${'all'.padEnd(62)} ${String(passed).padStart(4)}/${String(cases).padEnd(4)} ${pct(passed / cases)}`);

  const texts = kremlinTexts();
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
  const cost = stageCost(texts);
  console.log(`\nKremlin speed (${texts.length} texts, ${words} words, CPU time, best of 5):`);
  console.log(`  tokens+tags ${cost.base.toFixed(0)} ms; times stage ${cost.times.toFixed(0)} ms = ${pct(cost.times / (cost.base + cost.times))} of tokens+tags+times; ${(words / (cost.times / 1000)).toFixed(0)} words/s alone; ${cost.mentions} mentions`);
}

/** CPU milliseconds (user + system) of `fn`: steadier than wall time on a shared machine. */
function cpuMs(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** Best-of-5 CPU milliseconds of tokens+tags, and of the times stage alone on the tagged docs (after a warm-up). */
function stageCost(texts: ReturnType<typeof kremlinTexts>): { base: number; times: number; mentions: number } {
  const [tokens, tags] = [tokensStage, tagsStage];
  const times = createTimesStage();
  const ctxs = texts.map((t) => (t.published ? { published: t.published } : {}));
  let base = Infinity;
  let tagged: Doc[] = [];
  for (let round = 0; round < 5; round++) {
    base = Math.min(base, cpuMs(() => (tagged = texts.map((t, i) => tags!.run(tokens!.run(makeDoc(t), ctxs[i]!), ctxs[i]!)))));
  }
  let best = Infinity;
  let mentions = 0;
  for (let round = 0; round < 6; round++) {
    const ms = cpuMs(() => (mentions = tagged.reduce((n, doc, i) => n + (times.run(doc, ctxs[i]!).layers.times?.length ?? 0), 0)));
    if (round > 0) best = Math.min(best, ms);
  }
  return { base, times: best, mentions };
}
