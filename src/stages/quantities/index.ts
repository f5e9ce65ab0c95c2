import { sentencesOf, tokensOf, withLayers, type Token } from '../../core/doc.js';
import type { QuantityMention } from '../../core/mention.js';
import type { Stage } from '../../pipeline/stage.js';
import { en } from './locales/en/configuration.js';
import { quantityLexicon } from './lexicon.js';
import { MONEY_MAGNITUDES } from './number-words.js';
import type { Candidate, QuantitiesConfiguration, QuantityInput } from './types.js';

/** Counted and measured amounts and what they count: numbers, fractions, percentages, money, ranges. */
export function createQuantitiesStage(configuration: QuantitiesConfiguration = en): Stage {
  quantityLexicon();
  return {
    name: 'quantities',
    version: '1',
    requires: ['tokens', 'sentences', 'tags'],
    assigns: ['quantities'],
    run(doc) {
      const input: QuantityInput = { text: doc.text, tokens: tokensOf(doc) };
      if (sentencesOf(doc).length === 0) return withLayers(doc, { quantities: [] });
      let candidates = configuration.extractors.flatMap((extractor) => extractor.find(input));
      for (const refiner of configuration.refiners) candidates = refiner.refine(candidates, input);
      return withLayers(doc, { quantities: toMentions(candidates, input) });
    },
  };
}

/**
 * Turns final candidates into mentions sorted by (start, end) and numbered q1, q2, … A number too
 * large for a double (hundreds of digits) is no amount anyone reports, and JSON would write it as null.
 */
function toMentions(candidates: readonly Candidate[], { text, tokens }: QuantityInput): QuantityMention[] {
  return candidates
    .filter((c) => Number.isFinite(c.value) && (c.max === undefined || Number.isFinite(c.max)))
    .map((c) => ({ c, start: tokens[c.first]!.start, end: endOf(tokens[c.last]!) }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ c, start, end }, i) => ({
      id: `q${i + 1}`,
      start,
      end,
      text: text.slice(start, end),
      confidence: c.confidence,
      rule: c.rule,
      value: round(c.value),
      approx: c.approx,
      ...(c.unit !== undefined && { unit: c.unit }),
      fraction: c.fraction,
      ...(c.max !== undefined && { max: round(c.max) }),
      ...(c.currency !== undefined && { currency: c.currency }),
      ...(c.casualty !== undefined && { casualty: c.casualty }),
    }));
}

/** Where a mention ends: a sentence's full stop that wink kept on an abbreviation ("€300m.") is left out. */
function endOf(token: Token): number {
  return token.kind === 'word' && token.normal.length > 1 && token.normal.endsWith('.') && MONEY_MAGNITUDES.has(token.normal.slice(0, -1)) ? token.end - 1 : token.end;
}

/** Rounds away binary noise ("0.1 * 3" style) while keeping thirds readable: 12 significant digits. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
