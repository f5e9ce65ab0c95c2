/**
 * One measurement, run in a fresh process so it has its own peak RSS and no JIT state from the
 * others: `node --import tsx bench/measure.ts pair|full`. `pair` prints two JSON lines (the bare
 * wink-nlp tokenizer, the floor, and the tokens stage), `full` one (the default pipeline).
 */
import { createAnalyzer } from '../src/app/analyze.js';
import type { Stage } from '../src/pipeline/stage.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import { tokenizer } from '../src/text/wink.js';
import { benchCorpus, countWords, type BenchText } from './corpus.js';

/** Result of one measurement. */
interface Measurement {
  readonly name: string;
  readonly docs: number;
  readonly words: number;
  readonly bytes: number;
  readonly ms: number;
  readonly peakRssMb: number;
  readonly setupMs: number;
  readonly stageMs?: Record<string, number>;
}

/** Wraps a stage so its time is added to `totals[stage.name]`. */
function timed(stage: Stage, totals: Record<string, number>): Stage {
  totals[stage.name] = 0;
  return {
    ...stage,
    run(doc, ctx) {
      const t0 = performance.now();
      const out = stage.run(doc, ctx);
      totals[stage.name]! += performance.now() - t0;
      return out;
    },
  };
}

/** Alternating rounds of the floor/tokens pair. */
const PAIR_ROUNDS = 4;

/** Passes over the corpus; the fastest is reported, since other work on the machine only ever slows a pass down. */
const PASSES = 3;

/**
 * Warms up on a slice of the corpus, then times PASSES full passes and returns the fastest.
 * `beforePass` runs before each pass and `onBest` after each pass that is the fastest so far.
 */
function pass(texts: readonly BenchText[], each: (t: BenchText) => void, beforePass: () => void, onBest: () => void): number {
  for (const t of texts.slice(0, 200)) each(t);
  let best = Infinity;
  for (let p = 0; p < PASSES; p++) {
    beforePass();
    const t0 = performance.now();
    for (const t of texts) each(t);
    const ms = performance.now() - t0;
    if (ms < best) {
      best = ms;
      onBest();
    }
  }
  return best;
}

/** Peak RSS of this process so far, in MB. */
const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

const what = process.argv[2] ?? 'full';
const texts = benchCorpus();
const base = { docs: texts.length, words: countWords(texts), bytes: texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) };

if (what === 'pair') {
  // The floor and the tokens stage, measured in alternating passes of one process so that the
  // machine's load, which varies by the second here, weighs on both alike; the fastest of each is kept.
  const nlp = tokenizer();
  const analyzer = createAnalyzer({ stages: [tokensStage] });
  const floor = (t: BenchText): void => void nlp.readDoc(t.text).tokens().out();
  const tokens = (t: BenchText): void => void analyzer.analyze(t);
  const best = { floor: Infinity, tokens: Infinity };
  for (const t of texts.slice(0, 200)) floor(t), tokens(t);
  for (let round = 0; round < PAIR_ROUNDS; round++) {
    for (const [name, each] of [['floor', floor], ['tokens', tokens]] as const) {
      const t0 = performance.now();
      for (const t of texts) each(t);
      best[name] = Math.min(best[name], performance.now() - t0);
    }
  }
  for (const name of ['floor', 'tokens'] as const) {
    const m: Measurement = { name, ...base, ms: best[name], peakRssMb: peakRssMb(), setupMs: 0 };
    process.stdout.write(JSON.stringify(m) + '\n');
  }
} else {
  const setupStart = performance.now();
  const totals: Record<string, number> = {};
  // The default stages are imported only when measured, so the pair rows need no other stage.
  const stages = (await import('../src/stages/index.js')).defaultStages();
  const analyzer = createAnalyzer({ stages: stages.map((s) => timed(s, totals)) });
  const setupMs = performance.now() - setupStart;
  let stageMs: Record<string, number> = {};
  const ms = pass(
    texts,
    (t) => void analyzer.analyze(t),
    () => {
      for (const k of Object.keys(totals)) totals[k] = 0;
    },
    () => {
      stageMs = { ...totals };
    },
  );
  const m: Measurement = { name: 'full', ...base, ms, peakRssMb: peakRssMb(), setupMs, stageMs };
  process.stdout.write(JSON.stringify(m) + '\n');
}
