import type { QuantityMention } from '../../src/core/mention.js';
import { createAnalyzer } from '../../src/app/analyze.js';
import { createQuantitiesStage } from '../../src/stages/quantities/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

/** An analyzer with only the stages quantities need, so evaluation does not depend on the others. */
const analyzer = createAnalyzer({ stages: [tokensStage, tagsStage, createQuantitiesStage()], onStageError: 'raise' });

/** The quantities found in a text, and the text its offsets refer to. */
export function quantitiesOf(text: string): { text: string; quantities: readonly QuantityMention[] } {
  const record = analyzer.analyze({ text });
  return { text: record.text, quantities: record.quantities };
}

/** True when two numbers agree to a relative 1e-6 (thirds, binary decimals). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Formats a share as a percentage with one decimal. */
export function pct(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}
