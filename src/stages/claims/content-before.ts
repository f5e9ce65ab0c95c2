import type { Span } from '../../core/span.js';
import { npAfter, PERSONAL } from './chunker.js';
import { contentEnd, quoteContent, trimContent } from './content.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import type { ClaimsView } from './view.js';

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** How far after a cue its quotation may open ("said, in particular, in his message: “…”"). */
const ADJUNCT = 14;

/** Words that open a clause inside the adjunct between a cue and its quotation. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before']);

/** Parts of speech of a connective before ", I think,": "But", "And so", "Also". */
const CONNECTIVE = new Set(['CCONJ', 'ADV', 'SCONJ', 'PUNCT']);

/** Prepositions of the circumstances of saying ("said in a telegram to …", "said on Monday"); "adds over 250 features" or "ask for advertising" bring an object instead. */
const CIRCUMSTANCE_ADP = new Set(['in', 'at', 'on', 'during', 'to', 'after', 'before', 'from', 'with', 'via', 'through']);

/**
 * The opening mark of a quotation that follows the cue after a comma or colon, across a short
 * adjunct ("said, in part: “…”"; "said when addressing the State Duma, “…”"; "said to me, “…”";
 * "told me when the arch was put in place, “…”"), or -1. The adjunct holds no "that", and no
 * finite verb outside a clause opened by "when", "while", "as", "after" or "before".
 */
export function quoteAfter(view: ClaimsView, at: number, ceil: number): number {
  const { tokens } = view;
  let subordinate = false;
  for (let i = at; i < ceil && i < at + ADJUNCT; i++) {
    const t = tokens[i]!;
    if (view.opens.has(i)) return i > at && (tokens[i - 1]!.normal === ',' || tokens[i - 1]!.normal === ':') ? i : i === at ? i : -1;
    if (SUBORDINATORS.has(t.normal)) subordinate = true;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'));
    // "remembered asking, “…”": a second reporting verb is the quotation's cue, not this one.
    const cue = t.pos === 'VERB' && view.lexicon.verbs.has(t.lemma);
    if (t.normal === 'that' || (finite && !subordinate) || cue || SENTENCE_END.has(t.normal) || view.closes.has(i)) return -1;
  }
  return -1;
}

/** Determiners of a time phrase and the time nouns they take ("this morning", "last week"). */
const TIME_DETERMINERS = new Set(['this', 'last', 'next', 'that', 'earlier', 'later']);
const TIME_NOUNS = /^(?:morning|afternoon|evening|night|week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** The end of a time phrase at token `at` ("this morning", "last week"), or `at` when none. */
export function timePhraseEnd(view: ClaimsView, at: number): number {
  const { tokens } = view;
  return TIME_DETERMINERS.has(tokens[at]?.normal ?? '') && TIME_NOUNS.test(tokens[at + 1]?.normal ?? '') ? at + 2 : at;
}

/** True when nothing claimable follows the cue: the sentence ends, or only a comma, a time phrase ("this morning") or prepositional phrases ("in a telegram to …"). */
export function tailIsBare(view: ClaimsView, at: number, ceil: number): boolean {
  const { tokens } = view;
  let i = timePhraseEnd(view, at);
  while (i < ceil && tokens[i]!.pos === 'ADP' && CIRCUMSTANCE_ADP.has(tokens[i]!.normal)) {
    const np = npAfter(tokens, i + 1, ceil);
    if (np === i + 1) break;
    i = np;
  }
  return i >= ceil || SENTENCE_END.has(tokens[i]!.normal) || tokens[i]!.normal === ',' || view.closes.has(i);
}

/** What is claimed before an attribution that follows it: the quotation closed just before, or the clause from the sentence start to the comma. */
export function contentBefore(view: ClaimsView, left: number, right: number, floor: number, ceil: number): { content: Span; kind: 'direct' | 'indirect' | 'mixed' } | null {
  const { tokens } = view;
  let i = left - 1;
  if (tokens[i]?.normal === ',') i--;
  const q = view.closes.get(i) ?? (tokens[i + 1] && view.closes.get(i + 1));
  const participleNext = tokens[right + 1]?.pos === 'VERB' && tokens[right + 1]!.normal.endsWith('ing');
  // "”… great Russia.“ I believe, we all want …": after a quotation closed by a full stop, a cue
  // followed by a comma and a clause is a parenthetical of that clause, not an attribution.
  const parenthetical = tokens[right]?.normal === ',' && !participleNext && hasFiniteVerb(view, right + 1, ceil);
  const clauseNext = parenthetical || (tokens[right]?.normal === ',' && tokens[right + 1]?.pos === 'PRON' && PERSONAL.has(tokens[right + 1]!.normal));
  if (q !== undefined && clauseNext && view.text.slice(view.quotes[q]!.inner.start, view.quotes[q]!.inner.end).trimEnd().endsWith('.')) {
    const after = trimContent(view, right + 1, contentEnd(view, right + 1, ceil, 'clause'));
    return after ? { content: after, kind: 'indirect' } : null;
  }
  if (q !== undefined) {
    // "We will act on a principle, “Do No Harm,” he said": what is said starts before the quotation.
    const open = tokenAtOrAfter(tokens, view.quotes[q]!.start);
    // "Andrei Vandenko: “…,” we remember": a colon before the quotation leaves what precedes out.
    const wordsBefore = tokens[open - 1]?.normal !== ':' && tokens.slice(floor, Math.max(floor, open)).some((t) => t.kind === 'word' || t.kind === 'number');
    if (wordsBefore && open < i && !view.closes.has(open - 1)) {
      const content = trimContent(view, floor, i + 1);
      if (content) return { content, kind: 'mixed' };
    }
    return quoteContent(view, q);
  }
  if (tokens[left - 1]?.normal !== ',' || left - 1 <= floor) return null;
  if (parenthetical) {
    // "But, I think, the time will come": only a connective before the attribution; the claim follows it.
    // "His plan, he stated, was …" or "easier and, I hope, cheaper": the claim is not one span; none.
    for (let i = floor; i < left - 1; i++) if (!CONNECTIVE.has(tokens[i]!.pos)) return null;
    // "I believe, as we all agree, that this meeting was useful": past an "as" aside to "that".
    let from = right + 1;
    if (tokens[from]?.normal === 'as') {
      for (let k = from + 1; k < ceil && k < from + 8; k++) {
        if (tokens[k]!.normal === 'that' && tokens[k - 1]!.normal === ',') {
          from = k + 1;
          break;
        }
      }
    }
    const after = trimContent(view, from, contentEnd(view, from, ceil, 'clause'));
    return after ? { content: after, kind: 'indirect' } : null;
  }
  const content = trimContent(view, floor, left - 1);
  return content ? { content, kind: 'indirect' } : null;
}

/** True when a finite verb stands in tokens `[start, end)` (outside quotations too). */
function hasFiniteVerb(view: ClaimsView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = view.tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return true;
  }
  return false;
}
