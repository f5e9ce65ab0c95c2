import type { Diagnostic } from '../../core/diagnostic.js';
import { type Doc, sentencesOf, type Token, tokensOf, withDiagnostics, withLayers } from '../../core/doc.js';
import { SitrepError } from '../../core/errors.js';
import type { TimeMention } from '../../core/mention.js';
import type { Stage, StageContext } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { en } from './locales/en/configuration.js';
import { clauseAnchor } from './tense.js';
import type { SentenceView, TimeCandidate, TimeContext, TimesConfiguration } from './types.js';

/** Token form → bit mask of the extractors (by index in the configuration) that need it. */
interface KeyIndex {
  readonly byForm: ReadonlyMap<string, number>;
  readonly digit: number;
}

/** Indexes the extractors' keys once per stage; at most 31 extractors fit the mask. */
function indexKeys(config: TimesConfiguration): KeyIndex {
  const byForm = new Map<string, number>();
  let digit = 0;
  config.extractors.forEach((extractor, i) => {
    for (const key of extractor.keys) {
      if (key === '#digit') digit |= 1 << i;
      else byForm.set(key, (byForm.get(key) ?? 0) | (1 << i));
    }
  });
  return { byForm, digit };
}

const HAS_DIGIT = /\d/;

/**
 * The mask of extractors a sentence's tokens call for; "today's" and "Jan." are looked up without
 * the suffix, and the parts of hyphenated tokens ("mid-november") one by one.
 */
function sentenceMask(index: KeyIndex, tokens: readonly Token[], first: number, end: number): number {
  let mask = 0;
  for (let i = first; i < end; i++) {
    const { normal, kind } = tokens[i]!;
    if (kind === 'punctuation') continue;
    let bits = index.byForm.get(normal);
    if (bits === undefined) {
      if (normal.endsWith('.')) bits = index.byForm.get(normal.slice(0, -1));
      else if (normal.endsWith("'s") || normal.endsWith('’s')) bits = index.byForm.get(normal.slice(0, -2));
    }
    const hyphen = bits === undefined && normal.includes('-');
    if (bits !== undefined) mask |= bits;
    else if (hyphen) for (const part of normal.split('-')) mask |= index.byForm.get(part) ?? 0;
    // Words hold digits only when short ("q3", "h2") or hyphenated ("mid-2011"); other kinds say so.
    const digit = kind === 'word' ? (normal.length <= 3 || hyphen) && HAS_DIGIT.test(normal) : kind !== 'emoji' && kind !== 'symbol' && HAS_DIGIT.test(normal);
    if (digit) mask |= index.digit;
  }
  return mask;
}

/** Finds the time expressions of one sentence: extractors, then refiners, in the configuration's order. */
function sentenceTimes(config: TimesConfiguration, mask: number, sentence: SentenceView, ctx: TimeContext): TimeCandidate[] {
  let candidates: TimeCandidate[] = [];
  config.extractors.forEach((extractor, i) => {
    if (!(mask & (1 << i))) return;
    if (extractor.trigger && !extractor.trigger.test(sentence.text)) return;
    candidates.push(...extractor.find(sentence, ctx));
  });
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
  if (config.extractors.length > 31) throw new SitrepError('E_INTERNAL', { detail: 'times: more than 31 extractors do not fit the key mask' });
  const keys = indexKeys(config);
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
        const mask = sentenceMask(keys, tokens, s.firstToken, s.endToken);
        if (mask === 0) continue;
        const view: SentenceView = { text: doc.text.slice(s.start, s.end), start: s.start, tokens: tokens.slice(s.firstToken, s.endToken) };
        const ctx = sentenceContext(ref, view);
        for (const c of sentenceTimes(config, mask, view, ctx)) {
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
