import type { SentenceView, TimeCandidate, TimeContext, TimeExtractor } from './types.js';

/** What a regex rule returns for one match: the value, and the span when it is not the whole match. */
export type RegexHit = Omit<TimeCandidate, 'start' | 'end' | 'rule' | 'confidence'> & {
  /** Offsets within the sentence text; the whole match when absent. */
  readonly start?: number;
  readonly end?: number;
  readonly confidence?: number;
};

/**
 * Builds an extractor from one regex (with the `g` flag) and a function that reads a match into
 * a value, or null to skip it. Offsets are moved from the sentence to doc.text here, once.
 */
export function regexExtractor(spec: {
  rule: string;
  /** Token forms one of which the sentence must hold (see TimeExtractor.keys). */
  keys: readonly string[];
  pattern: RegExp;
  extract(match: RegExpMatchArray, sentence: SentenceView, ctx: TimeContext): RegexHit | null;
}): TimeExtractor {
  if (!spec.pattern.global) throw new TypeError(`${spec.rule}: pattern needs the g flag`);
  return {
    rule: spec.rule,
    keys: spec.keys,
    find(sentence, ctx) {
      const out: TimeCandidate[] = [];
      for (const match of sentence.text.matchAll(spec.pattern)) {
        const hit = spec.extract(match, sentence, ctx);
        if (!hit) continue;
        const start = sentence.start + (hit.start ?? match.index!);
        const end = sentence.start + (hit.end ?? match.index! + match[0].length);
        out.push({ ...hit, start, end, rule: spec.rule, confidence: hit.confidence ?? 0.8 });
      }
      return out;
    },
  };
}

/** Offset of capture group `n` inside the sentence text (needs the `d` flag), or the match start. */
export function groupStart(match: RegExpMatchArray, n: number): number {
  return match.indices?.[n]?.[0] ?? match.index!;
}

/** End offset of capture group `n` inside the sentence text (needs the `d` flag), or the match end. */
export function groupEnd(match: RegExpMatchArray, n: number): number {
  return match.indices?.[n]?.[1] ?? match.index! + match[0].length;
}
