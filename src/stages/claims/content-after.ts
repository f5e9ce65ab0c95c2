import type { Span } from '../../core/span.js';
import { headOf, npAfter, RELATIVE } from './chunker.js';
import { type ContentMode, contentEnd, quoteContent, trimContent } from './content.js';
import { timePhraseEnd } from './content-before.js';
import { isName } from './quote-name.js';
import type { TokenRange } from './draft.js';
import type { VerbCueHit } from './verb-cues.js';
import type { ClaimsView } from './view.js';

/** Reporting nouns that name only a topic with "on" or "about" ("his views on …"). */
const TOPIC_NOUNS = new Set(['opinion', 'view', 'comment', 'remark', 'statement', 'message', 'answer', 'reply', 'response', 'account']);
const TOPIC_LINKS = new Set(['on', 'about', 'regarding']);

/** Prepositions that link a reporting noun to what is claimed ("expectations for a swap"). */
const NOUN_LINKS = new Set(['for', 'of', 'that', 'about', 'regarding', 'on']);

const SENTENCE_END = new Set(['.', '!', '?', '…']);

/** How many tokens past a cut "X as Y" object its "as" may come ("described the hardship that some -- …, and others -- would undergo as …"). */
const MAX_AS_GAP = 20;

/** Prepositions that open the object of a reporting verb ("reported on the results"), dropped from the content. */
const OBJECT_PREPOSITIONS = new Set(['of']);
/** Prepositions that open only the topic of a reporting verb. */
const TOPIC_PREPOSITIONS = new Set(['on', 'about']);

/** Parts of speech that cannot start a verb's object. */
const NOT_OBJECT = new Set(['ADP', 'PUNCT', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'CCONJ']);

/** Days that stand alone as time adjuncts ("announced Friday that …"). */
const WEEKDAYS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** Time words that follow a verb as adjuncts, not objects ("mentioned today"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'before', 'above', 'recently', 'previously', 'here', 'there']);

/** Day words that end an object as its time, not its content ("reported February sales today"). */
const DAY_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight']);

/** Content rules that read a clause or a quotation, strong signs of a claim whatever the subject. */
export const CLAUSE_RULES = new Set(['that', 'that-quote', 'bare-clause', 'bare-clause-quote', 'colon', 'colon-quote', 'colon-next', 'quote', 'quote-quote', 'quote-after', 'relative', 'noun-object']);

/** Content found for a cue; a reporting-noun object also changes the cue, its lemma and the stance. */
export interface Found {
  readonly content: Span;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly rule: string;
  readonly stance?: string;
  readonly cue?: TokenRange;
  readonly lemma?: string;
}

/** Content after the cue, by the verb's frame; a reporting-noun object ("indicated expectations for …") moves the cue's stance to the noun's. */
export function contentAfter(view: ClaimsView, s: number, hit: VerbCueHit, at: number, next: VerbCueHit | undefined): Found | null {
  const { tokens } = view;
  const sentence = view.sentences[s]!;
  const ceil = sentence.endToken;
  while (at < ceil && tokens[at]!.pos === 'ADV' && tokens[at]!.normal.endsWith('ly')) at++;
  // "stressed several times his view that …": how often is no part of the object.
  if (tokens[at + 1]?.normal === 'times' && (tokens[at]!.pos === 'ADJ' || tokens[at]!.pos === 'NUM' || tokens[at]!.pos === 'DET') && at + 2 < ceil) at += 2;
  at = skipAdjuncts(view, at, ceil);
  if (tokens[at]?.normal === ':' || (tokens[at]?.normal === ',' && view.opens.has(at + 1))) {
    if (at + 1 >= ceil || (tokens[at + 1] && SENTENCE_END.has(tokens[at + 1]!.normal))) return colonNext(view, s);
    return withKind(view, at + 1, contentEnd(view, at + 1, ceil, 'clause'), 'colon');
  }
  if (at >= ceil) return null;
  const first = tokens[at]!;
  const np = npAfter(tokens, at, ceil);
  if (hit.cue.frame === 'noun') return nounObject(view, hit, at, np, ceil);
  if (hit.cue.frame === 'quote') {
    // "called the day “part of our common history”": a naming verb is a claim only with a quotation.
    const found = withKind(view, at, contentEnd(view, at, ceil, 'np'), 'object-quote');
    // "what he called a “New GM”": naming something is no claim (a named thing can be praised).
    const q = view.opens.get(at + 1);
    const named = q !== undefined && first.pos === 'DET' && isName(view, q, at + 1) && view.tokens[view.closeOf[q]! + 1]?.pos === 'PUNCT';
    return found && found.kind === 'mixed' && !NOT_OBJECT.has(first.pos) && !named ? found : null;
  }
  if (view.opens.has(at)) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'quote');
  // "I do not think that was wise": "that" before a verb is the subject, not the conjunction.
  const after = tokens[at + 1];
  // "saying that that was a question": the conjunction, then "that" as the subject.
  if (first.normal === 'that' && after?.normal === 'that') return withKind(view, at + 1, contentEnd(view, at + 1, ceil, 'clause'), 'that', true);
  if (first.normal === 'that' && after?.pos === 'AUX') return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'bare-clause', true);
  // "that" is the conjunction when a clause with a verb follows, not before a bare noun ("confirmed that report").
  const clauseEnd = contentEnd(view, at + 1, ceil, 'clause');
  const verbAfter = tokens.slice(at + 1, clauseEnd).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
  const conjunction = verbAfter && (first.pos !== 'DET' || !after || !['NOUN', 'ADJ', 'NUM'].includes(after.pos) || startsPredicate(view, npAfter(tokens, at + 1, ceil), ceil));
  // "acknowledge that people risk …": "that" before a plural noun is no demonstrative ("those").
  const plural = after !== undefined && after.pos === 'NOUN' && (after.normal === 'people' || (after.normal !== after.lemma && after.normal.endsWith('s')));
  if (first.normal === 'that' && (conjunction || plural)) return withKind(view, at + 1, clauseEnd, 'that');
  if (RELATIVE.has(tokens[hit.first - 2]?.normal ?? '') && (first.pos === 'AUX' || first.pos === 'VERB')) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'relative');
  // "said the dealerships that were to be closed are …": a noun phrase with a relative clause
  // after "say" starts the clause that is said ("say" takes no such object).
  if (hit.cue.frame === 'clause' && hit.cue.stance !== 'ask' && hit.cue.lemma !== 'tell' && np > at && RELATIVE.has(tokens[np]?.normal ?? '') && tokens[np]!.pos !== 'SCONJ') {
    return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'bare-clause');
  }
  if (hit.cue.frame !== 'as' && np > at && startsPredicate(view, np, ceil)) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'bare-clause');
  if (hit.cue.frame === 'clause') return null;
  const chained = nounObject(view, hit, at, np, ceil);
  if (chained) return chained;
  if (np > at && view.lexicon.nouns.has(tokens[headOf(tokens, at, np)]!.lemma) && next?.participle) return null;
  const mode: ContentMode = 'np';
  // "confirmed that report": a demonstrative "that" opens the object (wink may tag it SCONJ).
  if (first.normal === 'that' && after && (after.pos === 'NOUN' || after.pos === 'ADJ')) return withKind(view, at, contentEnd(view, at, ceil, mode), 'object', true);
  // "reported on the situation in Chechnya", "spoke about the plans": a topic, not what is said.
  if (TOPIC_PREPOSITIONS.has(first.normal)) return null;
  if (OBJECT_PREPOSITIONS.has(first.normal)) at++;
  // "as I mentioned earlier", "the school my colleague mentioned is …": no object follows;
  // "You mentioned this at the right time": a pronoun object says nothing by itself.
  else if ((NOT_OBJECT.has(first.pos) && !startsPhrase(view, at)) || TIME_WORDS.has(first.normal) || WEEKDAYS.test(first.normal) || first.pos === 'PRON' || timePhraseEnd(view, at) > at) return null;
  // "reported February sales today": a time word at the end is when, not what.
  let end = contentEnd(view, at, ceil, mode);
  while (end - 1 > at && tokens[end - 1]!.pos === 'PUNCT' && !view.closes.has(end - 1)) end--;
  const untimed = end;
  while (end - 1 > at && (DAY_WORDS.has(tokens[end - 1]!.normal) || WEEKDAYS.test(tokens[end - 1]!.normal))) end--;
  if (end < untimed && end - 1 > at && tokens[end - 1]!.pos === 'ADP') end--;
  return hit.cue.frame === 'as' ? withKind(view, at, asComplementEnd(view, at, end, ceil), 'object-as') : withKind(view, at, end, 'object');
}

/**
 * The end of an "X as Y" object whose X a comma cut before "as": "described the financial
 * hardship that some -- shareholders, communities …, and others -- would undergo as a “sacrifice
 * …” on their parts" runs to the end of the "as" phrase. `end` when the object already holds "as"
 * or no "as" phrase follows in the clause.
 */
function asComplementEnd(view: ClaimsView, at: number, end: number, ceil: number): number {
  const { tokens } = view;
  const isAs = (i: number): boolean => tokens[i]!.normal === 'as' && tokens[i - 1]?.normal !== 'well' && tokens[i + 1]?.normal !== 'well';
  for (let i = at; i < end; i++) if (isAs(i)) return end;
  for (let i = end; i < ceil && i < end + MAX_AS_GAP; i++) {
    const t = tokens[i]!;
    if (t.normal === ';' || t.normal === ':' || view.opens.has(i)) return end;
    if (!isAs(i)) continue;
    const next = tokens[i + 1];
    // "…, as he said": a clause after "as" is no complement.
    if (!next || next.pos === 'PRON' || next.pos === 'AUX' || next.pos === 'VERB' || next.pos === 'SCONJ') return end;
    return contentEnd(view, i + 1, ceil, 'np');
  }
  return end;
}

/** The quotation opened at token `open` as the content. */
export function quoteForward(view: ClaimsView, open: number): Found | null {
  const quoted = quoteContent(view, view.opens.get(open)!);
  return quoted && { ...quoted, rule: 'quote-after' };
}

/** True for an object opened by an infinitive ("claimed to have shot down") or by an adverb before a noun phrase ("announced new measures", wink's ADV). */
function startsPhrase(view: ClaimsView, at: number): boolean {
  const [t, next] = [view.tokens[at]!, view.tokens[at + 1]];
  if (t.normal === 'to') return next?.pos === 'VERB' || next?.pos === 'AUX';
  return t.pos === 'ADV' && next !== undefined && ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'].includes(next.pos);
}

/** True when a finite verb follows at `i`, or after an appositive between commas ("these operations, codenamed …, resulted"). */
function startsPredicate(view: ClaimsView, i: number, ceil: number): boolean {
  const { tokens } = view;
  const finite = (j: number): boolean => j < ceil && (tokens[j]!.pos === 'AUX' || (tokens[j]!.pos === 'VERB' && !tokens[j]!.normal.endsWith('ing')));
  // "says the company “priced it aggressively”": the verb may open a quotation.
  if (finite(i) || (view.opens.has(i) && finite(i + 1))) return true;
  if (tokens[i]?.normal !== ',') return false;
  for (let j = i + 1; j < ceil && j < i + 12; j++) if (tokens[j]!.normal === ',') return finite(j + 1);
  return false;
}

/**
 * Moves past what may stand between a cue and its "that" or colon: ", in part", ", in particular",
 * and prepositional phrases or time words ("announced on Friday that …"). Returns `at` unchanged
 * when no "that" or colon follows them.
 */
function skipAdjuncts(view: ClaimsView, at: number, ceil: number): number {
  const { tokens } = view;
  let i = at;
  for (let steps = 0; i < ceil && steps < 6; steps++) {
    const t = tokens[i]!;
    if (t.normal === ',' && tokens[i + 1]?.normal === 'in' && (tokens[i + 2]?.normal === 'part' || tokens[i + 2]?.normal === 'particular')) i += 3;
    else if (t.normal === ',' && tokens[i + 1]?.pos === 'ADP') i++;
    else if (t.pos === 'ADP' && t.normal !== 'that') {
      const np = npAfter(tokens, i + 1, ceil);
      // "replied to your statement in Beijing that …": the clause after a reporting noun that the
      // verb is addressed to is the noun's ("said in my opening remarks that …" is the verb's).
      if (np === i + 1 || (t.normal === 'to' && tokens.slice(i + 1, np).some((x) => view.lexicon.nouns.has(x.lemma)))) break;
      i = np;
    } else if (TIME_WORDS.has(t.normal) || WEEKDAYS.test(t.normal)) i++;
    else break;
  }
  const t = tokens[i];
  return t && (t.normal === ':' || (t.normal === 'that' && t.pos !== 'DET') || (t.normal === ',' && view.opens.has(i + 1))) ? i : at;
}

/**
 * A reporting noun as the verb's object, tied to what is claimed: "indicated expectations for a
 * swap", "expressed confidence that …". The cue runs from the verb to the noun, whose stance it takes.
 */
function nounObject(view: ClaimsView, hit: VerbCueHit, at: number, np: number, ceil: number): Found | null {
  const { tokens } = view;
  if (np <= at || !NOUN_LINKS.has(tokens[np]?.normal ?? '')) return null;
  const noun = tokens[headOf(tokens, at, np)]!;
  const stance = view.lexicon.nouns.get(noun.lemma);
  if (!stance || (noun.lemma === 'claim' && tokens[np]!.normal !== 'that')) return null;
  // "expressed his opinion on the principles of …" names what the opinion is about, not what it says.
  if (TOPIC_NOUNS.has(noun.lemma) && TOPIC_LINKS.has(tokens[np]!.normal)) return null;
  const that = tokens[np]!.normal === 'that';
  const result = withKind(view, np + 1, contentEnd(view, np + 1, ceil, that ? 'clause' : 'np'), 'noun-object');
  return result && { ...result, stance: hit.negated ? `not-${stance}` : stance, cue: [hit.first, np], lemma: noun.lemma };
}

/** "The message said, in part:" ending its sentence: the content is the quotation (or sentence) that follows. */
function colonNext(view: ClaimsView, s: number): { content: Span; kind: 'direct' | 'indirect'; rule: string } | null {
  const next = view.sentences[s + 1];
  if (!next) return null;
  const q = view.opens.get(next.firstToken);
  if (q !== undefined) {
    const quoted = quoteContent(view, q);
    return quoted && { ...quoted, rule: 'colon-quote' };
  }
  const content = trimContent(view, next.firstToken, next.endToken);
  return content && { content, kind: 'indirect', rule: 'colon-next' };
}

/** Content of tokens `[start, end)`, direct when it is exactly one quotation, mixed when it holds one. */
function withKind(view: ClaimsView, start: number, end: number, rule: string, keepThat = false): { content: Span; kind: 'direct' | 'indirect' | 'mixed'; rule: string } | null {
  const { tokens } = view;
  while (!keepThat && start < end && (tokens[start]!.normal === 'that' || tokens[start]!.normal === ',') && tokens[start]!.pos !== 'DET') start++;
  const q = view.opens.get(start);
  if (q !== undefined) {
    const close = view.closeOf[q]!;
    const rest = close < 0 ? end : close + 1;
    if (rest >= end || tokens.slice(rest, end).every((t) => t.pos === 'PUNCT')) {
      const quoted = quoteContent(view, q);
      return quoted && { ...quoted, rule: `${rule}-quote` };
    }
  }
  const content = trimContent(view, start, end, keepThat);
  if (!content) return null;
  const mixed = view.quotes.some((quote) => quote.start >= content.start && quote.end <= content.end && quote.depth === 0);
  return { content, kind: mixed ? 'mixed' : 'indirect', rule };
}
