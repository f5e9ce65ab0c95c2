import type { Doc } from '../../src/core/doc.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { createQuantitiesStage } from '../../src/stages/quantities/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

/** What one timing of the quantities stage measured. */
export interface Speed {
  readonly docs: number;
  readonly words: number;
  readonly rounds: number;
  readonly ms: number;
  readonly wordsPerSecond: number;
  readonly quantities: number;
  readonly withUnit: number;
  readonly casualties: number;
}

/**
 * Times the quantities stage alone over texts already tokenised and tagged (so only its own cost
 * is measured), the best of five rounds after one warm-up.
 */
export function timeQuantities(texts: readonly { text: string }[], rounds = 5): Speed {
  const stage = createQuantitiesStage();
  const docs: Doc[] = texts.map(({ text }) => tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}));
  const words = texts.reduce((n, { text }) => n + (text.match(/\S+/g)?.length ?? 0), 0);
  let best = Infinity;
  let out: Doc[] = [];
  for (let r = 0; r <= rounds; r++) {
    const t0 = performance.now();
    out = docs.map((doc) => stage.run(doc, {}));
    const ms = performance.now() - t0;
    if (r > 0) best = Math.min(best, ms);
  }
  const all = out.flatMap((doc) => doc.layers.quantities ?? []);
  return {
    docs: docs.length,
    words,
    rounds,
    ms: best,
    wordsPerSecond: (words / best) * 1000,
    quantities: all.length,
    withUnit: all.filter((q) => q.unit !== undefined).length,
    casualties: all.filter((q) => q.casualty !== undefined).length,
  };
}
