import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { TimeMention } from '../../core/mention.js';
import { createPipeline } from '../../pipeline/create-pipeline.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { createTimesStage } from './index.js';

/** Tokens, tags and times only: what the times rules need, checked once per test process. */
const pipeline = createPipeline([tokensStage, tagsStage, createTimesStage()], 'raise');

/** The normalised text, time mentions and diagnostics of `text` published on `published` (Thursday 2025-06-05 unless given). */
export function analyzeTimes(text: string, published: string | null = '2025-06-05'): { text: string; times: readonly TimeMention[]; diagnostics: readonly Diagnostic[] } {
  const doc = pipeline.run(makeDoc({ text, ...(published && { published }) }), published ? { published } : {});
  return { text: doc.text, times: doc.layers.times ?? [], diagnostics: doc.diagnostics };
}

/** The time mentions of `text` published on `published` (Thursday 2025-06-05 unless given). */
export function timesIn(text: string, published: string | null = '2025-06-05'): readonly TimeMention[] {
  return analyzeTimes(text, published).times;
}

/** One table row: the text, the expected mention text and value (or null: no mention at all), and extra fields. */
export type TimeCase = readonly [text: string, expected: readonly [mention: string, value: string | null] | null, fields?: Partial<TimeMention>];

/**
 * Table-driven check (chrono's testSingleCase): each row yields one `it` asserting the single
 * mention's text, offsets, value and any extra fields, or that nothing is found.
 */
export function checkCases(cases: readonly TimeCase[], published?: string): void {
  for (const [text, expected, fields] of cases) {
    it(expected ? `reads "${expected[0]}" in "${text}" as ${expected[1]}` : `finds no time in "${text}"`, () => {
      const { text: normalised, times } = analyzeTimes(text, published);
      if (!expected) {
        assert.deepEqual(times.map((t) => t.text), []);
        return;
      }
      const found = times.filter((t) => t.text === expected[0]);
      assert.equal(found.length, 1, `one mention "${expected[0]}" among ${JSON.stringify(times.map((t) => [t.text, t.value]))}`);
      const t = found[0]!;
      assert.equal(t.start, normalised.indexOf(expected[0]), 'start offset in UTF-16 code units of the normalised text');
      assert.equal(normalised.slice(t.start, t.end), expected[0]);
      assert.equal(t.value, expected[1]);
      for (const [key, value] of Object.entries(fields ?? {})) assert.deepEqual(t[key as keyof TimeMention], value, key);
    });
  }
}
