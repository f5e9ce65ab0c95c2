import assert from 'node:assert/strict';
import type { QuantityMention } from '../../src/core/mention.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { createQuantitiesStage } from '../../src/stages/quantities/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

const stage = createQuantitiesStage();

/** The quantities the default English rules find in `text` (tokens and tags stages, then quantities). */
export function quantitiesIn(text: string): QuantityMention[] {
  const doc = stage.run(tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}), {});
  return [...(doc.layers.quantities ?? [])];
}

/** A compact view of a quantity for table-driven tests: text, value, approx, unit and the optional fields. */
export function brief(q: QuantityMention): Record<string, unknown> {
  const { id: _id, start: _start, end: _end, confidence: _confidence, rule: _rule, ...rest } = q;
  return rest;
}

/** A row of a rule's table: the input sentence and the quantities expected in it (only the fields given are compared). */
export type QuantityCase = readonly [input: string, expected: readonly Record<string, unknown>[]];

/** Checks one table row: as many quantities as expected, each matching the fields given, values to 9 decimals. */
export function assertQuantities([input, expected]: QuantityCase): void {
  const found = quantitiesIn(input);
  const view = found.map((q, i) => {
    const want = expected[i] ?? {};
    return Object.fromEntries(Object.keys(want).map((key) => {
      const value = (q as unknown as Record<string, unknown>)[key];
      return [key, typeof value === 'number' ? Number(value.toFixed(9)) : value];
    }));
  });
  const want = expected.map((e) => Object.fromEntries(Object.entries(e).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toFixed(9)) : v])));
  assert.deepEqual(view, want, `in ${JSON.stringify(input)} found ${JSON.stringify(found.map(brief))}`);
}
