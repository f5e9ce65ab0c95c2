import type { Span } from '../../core/span.js';
import { headOf, npAfter, npBefore, RELATIVE } from './chunker.js';
import { type ContentMode, contentEnd, trimContent } from './content.js';
import type { Draft, TokenRange } from './draft.js';
import { isSpeaker, mainVerb, subjectBefore } from './source.js';
import type { VerbCueHit } from './verb-cues.js';
import { verbCues } from './verb-cues.js';
import type { ClaimsView } from './view.js';

/** Verbs whose addressee comes between the verb and the content ("told reporters that …"). */
const ADDRESSEE = new Set(['tell', 'assure', 'warn', 'remind', 'inform']);
/** Prepositions that link a reporting noun to what is claimed ("expectations for a swap"). */
const NOUN_LINKS = new Set(['for', 'of', 'that', 'about', 'regarding', 'on']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** Content found for a cue; a reporting-noun object also changes the cue, its lemma and the stance. */
interface Found {
  readonly content: Span;
  readonly kind: 'direct' | 'indirect' | 'mixed';
  readonly rule: string;
  readonly stance?: string;
  readonly cue?: TokenRange;
  readonly lemma?: string;
}

/** How far after a cue its quotation may open ("said, in particular, in his message: “…”"). */
const ADJUNCT = 14;
/** Words that open a clause inside the adjunct between a cue and its quotation. */
const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before']);
/** Parts of speech of a connective before ", I think,": "But", "And so", "Also". */
const CONNECTIVE = new Set(['CCONJ', 'ADV', 'SCONJ', 'PUNCT']);
/** Prepositions that open the object of a reporting verb ("reported on the results"), dropped from the content. */
const OBJECT_PREPOSITIONS = new Set(['on', 'about', 'of']);
/** Prepositions that bring a verb's object, not a circumstance: "ask for advertising" says what is asked. */
const OBJECT_ADP = new Set(['that', 'for', 'about', 'of']);
/** Parts of speech of an addressee ("to the general public", "to him"). */
const ADDRESSEE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);
/** Parts of speech that cannot start a verb's object. */
const NOT_OBJECT = new Set(['ADP', 'PUNCT', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'CCONJ']);
/** Time words that follow a verb as adjuncts, not objects ("mentioned today"). */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'earlier', 'later', 'before', 'above', 'recently', 'previously', 'here', 'there']);
/** Cues that also describe evidence ("the progress of our cooperation confirms that …"): their subject must be a speaker. */
const EVIDENTIAL = new Set(['confirm', 'corroborate', 'verify', 'indicate']);
/** Content rules that read a clause or a quotation, strong signs of a claim whatever the subject. */
const CLAUSE_RULES = new Set(['that', 'that-quote', 'bare-clause', 'bare-clause-quote', 'colon', 'colon-quote', 'colon-next', 'quote', 'quote-quote', 'quote-after', 'relative', 'noun-object']);

/**
 * The claims whose cue is a reporting verb in sentence `s`. For each verb it finds the
 * orientation first: an attribution after what is claimed ("“…,” he said"; "…, said the
 * ministry") takes the quotation or clause before it; otherwise the content follows the verb
 * ("that" clause, bare clause, colon, quotation, or object). The source is the subject, the
 * inverted subject, the "by" agent of a passive, or, for a participle ("…, asserting he could …"),
 * the source of the claim before it in the sentence or the subject of the main clause.
 */
export function verbClaims(view: ClaimsView, s: number): Draft[] {
  const drafts: Draft[] = [];
  const hits = verbCues(view, s);
  for (const [h, hit] of hits.entries()) {
    const draft = claimOf(view, s, hit, drafts, hits[h + 1]);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** The claim of one verb cue, or null when it has no acceptable source or content. */
function claimOf(view: ClaimsView, s: number, hit: VerbCueHit, before: readonly Draft[], next: VerbCueHit | undefined): Draft | null {
  const { tokens } = view;
  const sentence = view.sentences[s]!;
  const floor = sentence.firstToken;
  const ceil = sentence.endToken;
  const base = { cue: [hit.first, hit.end] as TokenRange, lemma: hit.cue.lemma, sentence: s, stance: hit.negated ? `not-${hit.cue.stance}` : hit.cue.stance };
  if (hit.passive) return passiveClaim(view, s, hit, base, next);
  let source: TokenRange | null = hit.participle ? null : subjectBefore(view, hit.first, floor);
  let inverted = false;
  if (!source && !hit.participle && (tokens[hit.first - 1]?.normal === ',' || view.closes.has(hit.first - 1))) {
    const end = npAfter(tokens, hit.end, ceil);
    if (end > hit.end && isSpeaker(view, [hit.end, end], floor)) {
      source = [hit.end, end];
      inverted = true;
    }
  }
  const tail = inverted ? source![1] : hit.end;
  const left = inverted ? hit.first : (source?.[0] ?? hit.first);
  const quoteAhead = quoteAfter(view, tail, ceil);
  // "“…,” the engineer said, “…”": the quotation before comes first; the one after resumes it.
  const quoteBehind = left - 1 >= floor && (view.closes.has(left - 1) || (tokens[left - 1]!.normal === ',' && left - 2 >= floor && view.closes.has(left - 2)));
  if (source && (quoteBehind || (quoteAhead < 0 && tailIsBare(view, tail, ceil)))) {
    const backward = contentBefore(view, left, tail, floor, ceil);
    if (backward) return { ...base, source, ...backward, rule: `claims/en/${inverted ? 'inverted' : 'attribution-after'}`, confidence: 0.85 };
  }
  if (inverted) return null;
  let at = hit.end;
  if (ADDRESSEE.has(hit.cue.lemma)) {
    const np = npAfter(tokens, at, ceil);
    if (np > at && (tokens[np]?.normal === 'that' || tokens[np]?.normal === ',' || view.opens.has(np))) at = np;
  }
  at = skipAddressee(view, at, ceil);
  // "…, asserting he could …" and "he came to see me and said, …" share the main clause's speaker.
  if (hit.participle || (!source && afterAnd(view, hit.first, floor))) source = inheritedSource(view, hit, before, floor);
  if (!source) return null;
  const forward = quoteAhead >= 0 ? quoteForward(view, quoteAhead) : contentAfter(view, s, hit, at, next);
  if (!forward) return null;
  // An object is a weaker sign of a claim than a clause: "A meeting … has confirmed old rivalries".
  if ((!CLAUSE_RULES.has(forward.rule) || EVIDENTIAL.has(hit.cue.lemma)) && !isSpeaker(view, source, floor)) return null;
  const rule = hit.participle ? 'participle' : forward.rule;
  return { ...base, ...(source && { source }), ...forward, ...(forward.stance && { stance: forward.stance }), rule: `claims/en/${rule}`, confidence: 0.8 };
}

/**
 * The claim of a passive cue. Its subject is what is said, not who says it: the source is the
 * "by" agent ("The plan was announced by the ministry" claims "The plan"), and with no agent only
 * "it … that" is a claim, with no source ("It was reported that …"); "10 people have been
 * admitted" is none.
 */
function passiveClaim(view: ClaimsView, s: number, hit: VerbCueHit, base: Omit<Draft, 'content' | 'kind' | 'rule' | 'confidence'>, next: VerbCueHit | undefined): Draft | null {
  const { tokens } = view;
  const sentence = view.sentences[s]!;
  if (tokens[hit.end]?.normal === 'by') {
    const end = npAfter(tokens, hit.end + 1, sentence.endToken);
    if (end === hit.end + 1) return null;
    const source: TokenRange = [hit.end + 1, end];
    const forward = contentAfter(view, s, hit, end, next);
    if (forward && CLAUSE_RULES.has(forward.rule)) return { ...base, source, ...forward, rule: 'claims/en/passive', confidence: 0.8 };
    const subject = npBefore(tokens, hit.first, sentence.firstToken);
    const content = subject && trimContent(view, subject[0], subject[1]);
    return content ? { ...base, source, content, kind: 'indirect', rule: 'claims/en/passive', confidence: 0.75 } : null;
  }
  const forward = contentAfter(view, s, hit, hit.end, next);
  if (!forward || !CLAUSE_RULES.has(forward.rule)) return null;
  if (tokens[hit.first - 1]?.normal === 'it') return { ...base, ...forward, rule: 'claims/en/passive', confidence: 0.75 };
  // "The following message was read …: “…”": the text read out is the source of what it says.
  const subject = forward.kind === 'direct' ? npBefore(tokens, hit.first, sentence.firstToken) : null;
  return subject && isSpeaker(view, subject, sentence.firstToken) ? { ...base, source: subject, ...forward, rule: 'claims/en/passive-text', confidence: 0.7 } : null;
}

/**
 * The opening mark of a quotation that follows the cue after a comma or colon, across a short
 * adjunct ("said, in part: “…”"; "said when addressing the State Duma, “…”"; "said to me, “…”";
 * "told me when the arch was put in place, “…”"), or -1. The adjunct holds no "that", and no
 * finite verb outside a clause opened by "when", "while", "as", "after" or "before".
 */
function quoteAfter(view: ClaimsView, at: number, ceil: number): number {
  const { tokens } = view;
  let subordinate = false;
  for (let i = at; i < ceil && i < at + ADJUNCT; i++) {
    const t = tokens[i]!;
    if (view.opens.has(i)) return i > at && (tokens[i - 1]!.normal === ',' || tokens[i - 1]!.normal === ':') ? i : i === at ? i : -1;
    if (SUBORDINATORS.has(t.normal)) subordinate = true;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'));
    if (t.normal === 'that' || (finite && !subordinate) || SENTENCE_END.has(t.normal) || view.closes.has(i)) return -1;
  }
  return -1;
}

/** The quotation opened at token `open` as the content. */
function quoteForward(view: ClaimsView, open: number): Found | null {
  const quoted = quoteContent(view, view.opens.get(open)!);
  return quoted && { ...quoted, rule: 'quote-after' };
}

/** Past "to the general public" before "that", a colon or a quotation ("said to reporters that …"); `at` when none. */
function skipAddressee(view: ClaimsView, at: number, ceil: number): number {
  const { tokens } = view;
  if (tokens[at]?.normal !== 'to') return at;
  for (let i = at + 1; i < ceil && i < at + 6; i++) {
    const t = tokens[i]!;
    if (t.normal === 'that' || t.normal === ':' || (t.normal === ',' && view.opens.has(i + 1))) return i > at + 1 ? i : at;
    if (!ADDRESSEE_WORDS.has(t.pos)) return at;
  }
  return at;
}

/** True when nothing claimable follows the cue: the sentence ends, or only a comma or prepositional phrases ("in a telegram to …"). */
function tailIsBare(view: ClaimsView, at: number, ceil: number): boolean {
  const { tokens } = view;
  let i = at;
  while (i < ceil && tokens[i]!.pos === 'ADP' && !OBJECT_ADP.has(tokens[i]!.normal)) {
    const np = npAfter(tokens, i + 1, ceil);
    if (np === i + 1) break;
    i = np;
  }
  return i >= ceil || SENTENCE_END.has(tokens[i]!.normal) || tokens[i]!.normal === ',' || view.closes.has(i);
}

/** What is claimed before an attribution that follows it: the quotation closed just before, or the clause from the sentence start to the comma. */
function contentBefore(view: ClaimsView, left: number, right: number, floor: number, ceil: number): { content: Span; kind: 'direct' | 'indirect' } | null {
  const { tokens } = view;
  let i = left - 1;
  if (tokens[i]?.normal === ',') i--;
  const q = view.closes.get(i) ?? (tokens[i + 1] && view.closes.get(i + 1));
  if (q !== undefined) return quoteContent(view, q);
  if (tokens[left - 1]?.normal !== ',' || left - 1 <= floor) return null;
  const participleNext = tokens[right + 1]?.pos === 'VERB' && tokens[right + 1]!.normal.endsWith('ing');
  if (tokens[right]?.normal === ',' && !participleNext && hasFiniteVerb(view, right + 1, ceil)) {
    // "But, I think, the time will come": only a connective before the attribution; the claim follows it.
    // "His plan, he stated, was …" or "easier and, I hope, cheaper": the claim is not one span; none.
    for (let i = floor; i < left - 1; i++) if (!CONNECTIVE.has(tokens[i]!.pos)) return null;
    const after = trimContent(view, right + 1, contentEnd(view, right + 1, ceil, 'clause'));
    return after ? { content: after, kind: 'indirect' } : null;
  }
  const content = trimContent(view, floor, left - 1);
  return content ? { content, kind: 'indirect' } : null;
}

/** True for an object opened by an infinitive ("claimed to have shot down") or by an adverb before a noun phrase ("announced new measures", wink's ADV). */
function startsPhrase(view: ClaimsView, at: number): boolean {
  const [t, next] = [view.tokens[at]!, view.tokens[at + 1]];
  if (t.normal === 'to') return next?.pos === 'VERB' || next?.pos === 'AUX';
  return t.pos === 'ADV' && next !== undefined && ['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET'].includes(next.pos);
}

/** True when a finite verb stands in tokens `[start, end)` (outside quotations too). */
function hasFiniteVerb(view: ClaimsView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const t = view.tokens[i]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'))) return true;
  }
  return false;
}

/** The text inside quotation `q` without trailing punctuation, as direct content. */
export function quoteContent(view: ClaimsView, q: number): { content: Span; kind: 'direct' } | null {
  const { inner } = view.quotes[q]!;
  let { start, end } = inner;
  while (start < end && /\s/.test(view.text[start]!)) start++;
  while (end > start && /[\s.,;:!?…]/.test(view.text[end - 1]!)) end--;
  return end > start ? { content: { start, end }, kind: 'direct' } : null;
}

/** True when the cue follows "and" (adverbs between allowed): "came to see me and (later) said". */
function afterAnd(view: ClaimsView, first: number, floor: number): boolean {
  let i = first - 1;
  while (i > floor && view.tokens[i]!.pos === 'ADV') i--;
  return view.tokens[i]?.normal === 'and';
}

/** The nearest -ing verb before token `at` in the sentence, or -1. */
function participleBefore(view: ClaimsView, at: number, floor: number): number {
  for (let i = at - 2; i >= floor; i--) if (view.tokens[i]!.pos === 'VERB' && view.tokens[i]!.normal.endsWith('ing')) return i;
  return -1;
}

/** The source of a participle's claim: that of the claim before it in the sentence, else the main clause's subject. */
function inheritedSource(view: ClaimsView, hit: VerbCueHit, before: readonly Draft[], floor: number): TokenRange | null {
  const previous = before[before.length - 1];
  // "…, acting professionally and confirming their readiness": a participle joined by "and" to one
  // that is not a cue describes, it does not report.
  if (hit.participle && afterAnd(view, hit.first, floor)) {
    const partner = participleBefore(view, hit.first, floor);
    if (partner >= 0 && !(previous && previous.cue[0] <= partner && partner < previous.cue[1])) return null;
  }
  if (previous?.source && previous.cue[1] <= hit.first) return previous.source;
  const verb = mainVerb(view, floor, hit.first);
  return verb < 0 ? null : subjectBefore(view, verb, floor);
}

/** Content after the cue, by the verb's frame; a reporting-noun object ("indicated expectations for …") moves the cue's stance to the noun's. */
function contentAfter(view: ClaimsView, s: number, hit: VerbCueHit, at: number, next: VerbCueHit | undefined): Found | null {
  const { tokens } = view;
  const sentence = view.sentences[s]!;
  const ceil = sentence.endToken;
  while (at < ceil && tokens[at]!.pos === 'ADV' && tokens[at]!.normal.endsWith('ly')) at++;
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
    return found && found.kind === 'mixed' && !NOT_OBJECT.has(first.pos) ? found : null;
  }
  if (view.opens.has(at)) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'quote');
  if (first.normal === 'that' && first.pos !== 'DET') return withKind(view, at + 1, contentEnd(view, at + 1, ceil, 'clause'), 'that');
  if (RELATIVE.has(tokens[hit.first - 2]?.normal ?? '') && (first.pos === 'AUX' || first.pos === 'VERB')) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'relative');
  if (hit.cue.frame !== 'as' && np > at && startsPredicate(view, np, ceil)) return withKind(view, at, contentEnd(view, at, ceil, 'clause'), 'bare-clause');
  if (hit.cue.frame === 'clause') return null;
  const chained = nounObject(view, hit, at, np, ceil);
  if (chained) return chained;
  if (np > at && view.lexicon.nouns.has(tokens[headOf(tokens, at, np)]!.lemma) && next?.participle) return null;
  const mode: ContentMode = 'np';
  if (OBJECT_PREPOSITIONS.has(first.normal)) at++;
  // "as I mentioned earlier", "the school my colleague mentioned is …": no object follows;
  // "You mentioned this at the right time": a pronoun object says nothing by itself.
  else if ((NOT_OBJECT.has(first.pos) && !startsPhrase(view, at)) || TIME_WORDS.has(first.normal) || first.pos === 'PRON') return null;
  return withKind(view, at, contentEnd(view, at, ceil, mode), hit.cue.frame === 'as' ? 'object-as' : 'object');
}

/** True when a finite verb follows at `i`, or after an appositive between commas ("these operations, codenamed …, resulted"). */
function startsPredicate(view: ClaimsView, i: number, ceil: number): boolean {
  const { tokens } = view;
  const finite = (j: number): boolean => j < ceil && (tokens[j]!.pos === 'AUX' || (tokens[j]!.pos === 'VERB' && !tokens[j]!.normal.endsWith('ing')));
  if (finite(i)) return true;
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
      if (np === i + 1) break;
      i = np;
    } else if (t.pos === 'NOUN' && /^(today|yesterday|tonight)$/.test(t.normal)) i++;
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
function withKind(view: ClaimsView, start: number, end: number, rule: string): { content: Span; kind: 'direct' | 'indirect' | 'mixed'; rule: string } | null {
  const { tokens } = view;
  while (start < end && (tokens[start]!.normal === 'that' || tokens[start]!.normal === ',') && tokens[start]!.pos !== 'DET') start++;
  const q = view.opens.get(start);
  if (q !== undefined) {
    const close = view.closeOf[q]!;
    const rest = close < 0 ? end : close + 1;
    if (rest >= end || tokens.slice(rest, end).every((t) => t.pos === 'PUNCT')) {
      const quoted = quoteContent(view, q);
      return quoted && { ...quoted, rule: `${rule}-quote` };
    }
  }
  const content = trimContent(view, start, end);
  if (!content) return null;
  const mixed = view.quotes.some((quote) => quote.start >= content.start && quote.end <= content.end && quote.depth === 0);
  return { content, kind: mixed ? 'mixed' : 'indirect', rule };
}
