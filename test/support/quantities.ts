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
