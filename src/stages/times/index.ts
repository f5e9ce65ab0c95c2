import type { Diagnostic } from '../../core/diagnostic.js';
import { type Doc, sentencesOf, tokensOf, withDiagnostics, withLayers } from '../../core/doc.js';
import type { TimeMention } from '../../core/mention.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { en } from './locales/en/configuration.js';
import { clauseAnchor } from './tense.js';
import type { SentenceView, TimeCandidate, TimeContext, TimesConfiguration } from './types.js';

/** Finds the time expressions of one sentence: extractors, then refiners, in the configuration's order. */
function sentenceTimes(config: TimesConfiguration, sentence: SentenceView, ctx: TimeContext): TimeCandidate[] {
  let candidates: TimeCandidate[] = [];
  for (const extractor of config.extractors) {
    if (extractor.trigger && !extractor.trigger.test(sentence.text)) continue;
    candidates.push(...extractor.find(sentence, ctx));
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of config.refiners) candidates = refiner.refine(candidates, sentence, ctx);
  return candidates;
}

/** The mention of a candidate, with its id and, for dates and times, the tense of its clause. */
function toMention(c: TimeCandidate, id: string, text: string, ctx: TimeContext): TimeMention {
  const anchor = c.anchor ?? (c.type === 'DATE' || c.type === 'TIME' ? ctx.anchorAt(c.start, c.end) : undefined);
  return {
    id, start: c.start, end: c.end, text: text.slice(c.start, c.end), confidence: c.confidence, rule: c.rule,
    type: c.type, value: c.value, certainty: c.certainty,
    ...(c.mod && { mod: c.mod }),
    ...(anchor && { anchor }),
  };
}

/**
 * Time expressions resolved against the publication date as TIMEX3 values (dates, times,
 * durations, sets, fuzzy references). Without a publication date, relative expressions keep a
 * null value and get a `times/unresolved` diagnostic.
 */
export function createTimesStage(config: TimesConfiguration = en): Stage {
  return {
    name: 'times',
    version: '1',
    requires: ['tokens', 'sentences', 'tags'],
    assigns: ['times'],
    run(doc: Doc, stageCtx: StageContext): Doc {
      const ref = parseDay(stageCtx.published);
      const tokens = tokensOf(doc);
      const found: TimeCandidate[] = [];
      const contexts: TimeContext[] = [];
      for (const s of sentencesOf(doc)) {
        const text = doc.text.slice(s.start, s.end);
        if (!config.prefilter.test(text)) continue;
        const view: SentenceView = { text, start: s.start, tokens: tokens.slice(s.firstToken, s.endToken) };
        const ctx = sentenceContext(ref, view);
        for (const c of sentenceTimes(config, view, ctx)) {
          found.push(c);
          contexts.push(ctx);
        }
      }
      const mentions = found.map((c, i) => toMention(c, `t${i + 1}`, doc.text, contexts[i]!));
      const diagnostics: Diagnostic[] = mentions
        .filter((m) => m.value === null)
        .map((m) => ({
          code: 'times/unresolved', severity: 'warning', stage: 'times', start: m.start, end: m.end,
          message: `"${m.text}" is relative and the article has no publication date`,
        }));
      return withDiagnostics(withLayers(doc, { times: mentions }), diagnostics);
    },
  };
}

/** The context the rules of one sentence see: the publication day and the clause tense at a span. */
function sentenceContext(ref: ReturnType<typeof parseDay>, view: SentenceView): TimeContext {
  const toks = view.tokens;
  return {
    ref,
    anchorAt(start, end) {
      let first = toks.findIndex((t) => t.end > start);
      if (first < 0) return undefined;
      let last = first;
      while (last + 1 < toks.length && toks[last + 1]!.start < end) last++;
      if (toks[first]!.start >= end) first = last;
      return clauseAnchor(toks, first, last, 0, toks.length);
    },
  };
}
