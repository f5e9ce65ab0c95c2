/**
 * One measurement, run in a fresh process so each has its own peak RSS and no JIT state from the
 * others: `node --import tsx bench/measure.ts floor|tokens|full`. Prints one JSON line.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createAnalyzer } from '../src/app/analyze.js';
import type { Stage } from '../src/pipeline/stage.js';
import { tokensStage } from '../src/stages/tokens/index.js';
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

const what = process.argv[2] ?? 'full';
const texts = benchCorpus();
const setupStart = performance.now();
let run: (t: BenchText) => void;
let stageMs: Record<string, number> | undefined;
if (what === 'floor') {
  const nlp = winkNLP(model, []);
  run = (t) => void nlp.readDoc(t.text).tokens().out();
} else {
  const totals: Record<string, number> = {};
  // The default stages are imported only when measured, so the floor and tokens rows need no other stage.
  const stages = what === 'tokens' ? [tokensStage] : (await import('../src/stages/index.js')).defaultStages();
  const analyzer = createAnalyzer({ stages: stages.map((s) => timed(s, totals)) });
  run = (t) => void analyzer.analyze(t);
  stageMs = totals;
}
const setupMs = performance.now() - setupStart;
let bestStageMs: Record<string, number> | undefined;
const ms = pass(
  texts,
  run,
  () => {
    if (stageMs) for (const k of Object.keys(stageMs)) stageMs[k] = 0;
  },
  () => {
    if (stageMs) bestStageMs = { ...stageMs };
  },
);
const measurement: Measurement = {
  name: what,
  docs: texts.length,
  words: countWords(texts),
  bytes: texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0),
  ms,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  setupMs,
};
process.stdout.write(JSON.stringify({ ...measurement, ...(bestStageMs && { stageMs: bestStageMs }) }) + '\n');
