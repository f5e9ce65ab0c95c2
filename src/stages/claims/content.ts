import type { Span } from '../../core/span.js';
import { npAfter, RELATIVE } from './chunker.js';
import type { ClaimsView } from './view.js';

/** How far content reaches: a whole clause ("said that …") or a noun-phrase object ("announced …"). */
export type ContentMode = 'clause' | 'np';

/** Words that, after a comma, start a new clause that is no longer what is claimed. */
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'because', 'according', 'which', 'despite', 'so']);
/** Words that end a noun-phrase object even without a comma ("announced X while Y"). */
const NP_BREAKS = new Set(['while', 'whereas', 'although', 'though', 'because', 'if', 'unless', 'despite', 'but']);
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-', '…']);
const LEADING = new Set(['that', ',', ':', '—', '–']);
/** Words after which a comma narrows an object rather than ending it ("…, notably, the ports"). */
const NARROWING = new Set(['particularly', 'notably', 'especially', 'namely']);

/**
 * The exclusive token end of the content that starts at token `start`, not reaching `ceil` (the
 * sentence end). Quotations are read whole. A clause ends at ";", at a comma before a new clause
 * ("…, but …", "…, while …"), before a participle ("…, asserting …") or before an inverted
 * attribution ("…, he said"); a noun-phrase object also ends at any comma or subordinator.
 */
export function contentEnd(view: ClaimsView, start: number, ceil: number, mode: ContentMode): number {
  const { tokens } = view;
  for (let i = start; i < ceil; i++) {
    const t = tokens[i]!;
    const quote = view.opens.get(i);
    if (quote !== undefined) {
      const close = view.closeOf[quote]!;
      if (close > i && close < ceil) i = close;
      // "to make “cars of tomorrow,” and several times described …": the quotation's own comma.
      // In an object the quotation's own comma ends it as any comma does ("describing it as
      // “decades in the making,” Obama explained …").
      if (close === i && view.text[tokens[close]!.start - 1] === ',' && (secondVerbAfter(view, i + 1, ceil) || (mode === 'np' && !listGoesOn(view, i + 1, ceil)))) return i + 1;
      continue;
    }
    if (view.closes.has(i) && view.quotes[view.closes.get(i)!]!.start < tokens[start]!.start) return i;
    // "(I hope that you will approve)": a claim inside brackets ends with them.
    // "Ukraine is: a) multinational …, and b) …": a letter or number before ")" enumerates.
    const enumerator = t.normal === ')' && /^(?:[a-z]|\d{1,2})$/.test(tokens[i - 1]?.normal ?? '');
    if (t.normal === ';' || (t.normal === ':' && mode === 'np') || (t.normal === ')' && !enumerator && !tokens.slice(start, i).some((x) => x.normal === '('))) return i;
    if (mode === 'np' && i > start && NP_BREAKS.has(t.normal)) return i;
    // "called the bill “…” and voted against it": a second verb ends an object, unless it
    // continues an infinitive ("the need to coordinate efforts and resolve …").
    const verbNext = tokens[i + 1]?.pos === 'VERB' && !tokens[i + 1]!.normal.endsWith('ing');
    if (mode === 'np' && t.normal === 'and' && verbNext && !(tokens[i + 1]!.normal === tokens[i + 1]!.lemma && infinitive(view, start, i))) return i;
    // "stressed that X must comply … and asked the Ministry to …": a reporting verb after "and" is the speaker's.
    // (A past form: "contradicts … and threatens settlement prospects" goes on.)
    const pastCue = verbNext && view.lexicon.verbs.has(tokens[i + 1]!.lemma) && tokens[i + 1]!.normal !== tokens[i + 1]!.lemma && !tokens[i + 1]!.normal.endsWith('s');
    if (t.normal === 'and' && pastCue && i > start) return i;
    if (t.normal !== ',' && t.normal !== '—' && t.normal !== '–') continue;
    if (mode === 'np' && t.normal === ',' && !listGoesOn(view, i + 1, ceil) && !addsToObject(view, i) && !(infinitive(view, start, i) && tokens[i + 1]?.normal === 'and' && tokens[i + 2]?.normal === 'to')) return i;
    const next = tokens[i + 1];
    if (!next || i + 1 >= ceil) return i;
    // "the feelings that, although subconsciously, led …": a parenthetical inside a relative clause.
    if (RELATIVE.has(tokens[i - 1]!.normal) && i - 1 > start) continue;
    // "…, but …" ends the content, except "not only …, but …" and "…, but rather …".
    const notOnly = next.normal === 'but' && (tokens[i + 2]?.normal === 'rather' || tokens[i + 2]?.normal === 'also' || tokens.slice(start, i).some((x, k, all) => x.normal === 'not' && all[k + 1]?.normal === 'only'));
    if (CLAUSE_BREAKS.has(next.normal) && !notOnly) return i;
    if (secondVerbAfter(view, i + 1, ceil)) return i;
    if (next.pos === 'VERB' && next.normal.endsWith('ing') && next.normal !== 'including') return i;
    if (isAttribution(view, i + 1, ceil)) return i;
  }
  return ceil;
}

/** True when tokens `[start, end)` hold an infinitive ("to" before a verb). */
function infinitive(view: ClaimsView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (view.tokens[i]!.normal === 'to' && view.tokens[i + 1]?.pos === 'VERB') return true;
  return false;
}

/**
 * True when token `and` is "and" before a second past-tense or reporting verb of the speaker
 * ("…, and expressed confidence that …"), which is not part of what is said ("trying to eliminate
 * dealers, and retain others" goes on). Adverbs may come first ("and merely saying",
 * "and several times described").
 */
function secondVerbAfter(view: ClaimsView, and: number, ceil: number): boolean {
  const { tokens } = view;
  if (tokens[and]?.normal !== 'and') return false;
  let v = and + 1;
  while (v < ceil && tokens[v]!.pos === 'ADV') v++;
  if (tokens[v + 1]?.normal === 'times' && (tokens[v]!.pos === 'ADJ' || tokens[v]!.pos === 'NUM' || tokens[v]!.pos === 'DET')) v += 2;
  const after = tokens[v];
  return v < ceil && after !== undefined && after.pos === 'VERB' && (after.normal.endsWith('ed') || view.lexicon.verbs.has(after.lemma));
}

/** True when a comma at `at - 1` separates items of a list of names or nouns ("Russia, France and Germany"). */
function listGoesOn(view: ClaimsView, at: number, ceil: number): boolean {
  const { tokens } = view;
  for (let i = at; i < ceil && i < at + 6; i++) {
    const t = tokens[i]!;
    // "rules, fees, and taxes": the serial comma puts "and" right after a comma.
    if (t.normal === 'and' || t.normal === 'or') return (i > at || tokens[at - 1]?.normal === ',') && (tokens[i + 1]?.pos === 'PROPN' || tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'DET');
    // "Mac OS X Lion, iOS 5, and iCloud": names may hold numbers.
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.normal === ',')) return false;
  }
  return false;
}

/**
 * True when the comma at `comma` goes on with more of an object: ", as well as" before a noun
 * phrase ("stressed the importance of …, as well as the need to …"; ", as well as stressed …" is
 * a second verb), or after a word that narrows it ("—in particular, between the Speakers …").
 */
function addsToObject(view: ClaimsView, comma: number): boolean {
  const { tokens } = view;
  if (tokens[comma + 1]?.normal === 'as' && tokens[comma + 2]?.normal === 'well' && tokens[comma + 3]?.normal === 'as') {
    const next = tokens[comma + 4];
    return next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'PUNCT';
  }
  const before = tokens[comma - 1]?.normal ?? '';
  return NARROWING.has(before) || (before === 'particular' && tokens[comma - 2]?.normal === 'in');
}

/** True when tokens from `at` read as an attribution: "he said", "said the ministry", "the President noted". */
export function isAttribution(view: ClaimsView, at: number, ceil: number): boolean {
  const { tokens, lexicon } = view;
  const isCue = (i: number): boolean => i < ceil && tokens[i]!.pos === 'VERB' && lexicon.verbs.has(tokens[i]!.lemma) && !tokens[i]!.normal.endsWith('ing');
  if (isCue(at)) return true;
  const np = npAfter(tokens, at, ceil);
  return np > at && isCue(np) && (np + 1 >= ceil || [',', '.', '!', '?', ':'].includes(tokens[np + 1]!.normal) || tokens[np + 1]!.pos === 'ADP');
}

/**
 * The character span of tokens `[start, end)` without a leading "that", comma or colon and without
 * trailing punctuation; a closing quotation mark stays only when its opening mark is inside.
 * `keepThat` keeps a leading "that" that is a pronoun or demonstrative. Null when nothing is left.
 */
export function trimContent(view: ClaimsView, start: number, end: number, keepThat = false): Span | null {
  const { tokens } = view;
  while (start < end && LEADING.has(tokens[start]!.normal) && !(keepThat && tokens[start]!.normal === 'that') && tokens[start]!.pos !== 'DET' && tokens[start]!.pos !== 'PRON') start++;
  for (;;) {
    if (end <= start) return null;
    const last = tokens[end - 1]!;
    const q = view.closes.get(end - 1);
    if (TRAILING.has(last.normal) || (q !== undefined && view.quotes[q]!.start < tokens[start]!.start)) end--;
    else break;
  }
  return { start: tokens[start]!.start, end: tokens[end - 1]!.end };
}

/** The text inside quotation `q` without trailing punctuation, as direct content. */
export function quoteContent(view: ClaimsView, q: number): { content: Span; kind: 'direct' } | null {
  const { inner } = view.quotes[q]!;
  let { start, end } = inner;
  while (start < end && /\s/.test(view.text[start]!)) start++;
  while (end > start && /[\s.,;:!?…]/.test(view.text[end - 1]!)) end--;
  return end > start ? { content: { start, end }, kind: 'direct' } : null;
}
