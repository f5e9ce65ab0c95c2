/**
 * One measurement, run in a fresh process so it has its own peak RSS and no JIT state from the
 * others: `node --import tsx bench/measure.ts pair|full`. `pair` prints three JSON lines (the bare
 * wink-nlp tokenizer, the floor; the tokens stage alone; an analyze call with only that stage),
 * `full` one (the default pipeline).
 */
import { createAnalyzer } from '../dist/app/analyze.js';
import { makeDoc } from '../dist/pipeline/make-doc.js';
import type { Stage } from '../dist/pipeline/stage.js';
import { tokensStage } from '../dist/stages/tokens/index.js';
import { tokenizer } from '../dist/text/wink.js';
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
const PAIR_ROUNDS = 6;

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
  // The floor, the tokens stage alone (on docs made beforehand: the layer the goal is
  // about) and a whole analyze call with only that stage (adds normalisation, hashes and the
  // record), measured in alternating passes of one process so that the machine's load, which
  // varies by the second here, weighs on all alike; the fastest of each is kept.
  const nlp = tokenizer();
  const analyzer = createAnalyzer({ stages: [tokensStage] });
  const docs = texts.map((t) => makeDoc(t));
  const runs = {
    floor: (i: number): void => void nlp.readDoc(texts[i]!.text).tokens().out(),
    stage: (i: number): void => void tokensStage.run(docs[i]!, {}),
    tokens: (i: number): void => void analyzer.analyze(texts[i]!),
  };
  const best = { floor: Infinity, stage: Infinity, tokens: Infinity };
  for (let i = 0; i < 200; i++) for (const each of Object.values(runs)) each(i);
  for (let round = 0; round < PAIR_ROUNDS; round++) {
    for (const [name, each] of Object.entries(runs) as [keyof typeof runs, (i: number) => void][]) {
      const t0 = performance.now();
      for (let i = 0; i < texts.length; i++) each(i);
      best[name] = Math.min(best[name], performance.now() - t0);
    }
  }
  for (const name of ['floor', 'stage', 'tokens'] as const) {
    const m: Measurement = { name, ...base, ms: best[name], peakRssMb: peakRssMb(), setupMs: 0 };
    process.stdout.write(JSON.stringify(m) + '\n');
  }
} else {
  const setupStart = performance.now();
  const totals: Record<string, number> = {};
  // The default stages are imported only when measured, so the pair rows need no other stage.
  const stages = (await import('../dist/stages/index.js')).defaultStages();
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
