import type { Span } from '../../core/span.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { isNominal, npAfter } from './chunker.js';
import { CLAUSE_RULES, contentAfter, quoteForward } from './content-after.js';
import { contentBefore, quoteAfter, tailIsBare } from './content-before.js';
import type { Draft, TokenRange } from './draft.js';
import { passiveClaim } from './passive-claim.js';
import { isSpeaker, mainVerb, subjectBefore } from './source.js';
import type { VerbCueHit } from './verb-cues.js';
import { verbCues } from './verb-cues.js';
import { type ClaimsView, tokenStartingAt } from './view.js';

/** Pronoun sources whose repetition after ", and" starts the speaker's own next clause. */
const SPEAKER_AGAIN = new Set(['i', 'we', 'you']);

/** Prepositions that tie a speaker's role to an organisation ("officer at Solaris", "analyst for Edmunds"). */
const ORGANISATION_LINKS = new Set(['at', 'for', 'with', 'from']);

/** Verbs whose addressee comes between the verb and the content ("told reporters that …"). */
const ADDRESSEE = new Set(['tell', 'assure', 'warn', 'remind', 'inform', 'promise']);

/** Parts of speech of an addressee ("to the general public", "to him"). */
const ADDRESSEE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/** Possessive determiners that open an object ("explained his plan"). */
const POSSESSIVE_DET = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Nouns of a time phrase after a cue ("said this week", "said the other day"), not an object. */
const TIME_NOUNS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'evening', 'afternoon', 'night', 'weekend', 'time', 'other']);

/** Prepositions before a gerund that is no report of the subject ("for confirming", "without saying"). */
const GERUND_PREPOSITIONS = new Set(['for', 'without', 'of', 'after', 'before', 'about', 'on', 'in', 'from', 'to']);

/** Auxiliaries that open a question before its subject ("Do you think …", "Would you say …"). */
export const QUESTION_AUX = new Set(['do', 'does', 'did', 'would', 'will', 'can', 'could', 'should']);

/** Cues that also describe evidence ("the progress of our cooperation confirms that …"): their subject must be a speaker. */
const EVIDENTIAL = new Set(['confirm', 'corroborate', 'verify', 'indicate']);

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
    // "“…,” said a Delhi auto parts supplier": right after a quotation, any noun phrase speaks.
    const afterQuote = view.closes.has(hit.first - 1) || view.closes.has(hit.first - 2);
    const end = afterQuote ? roleAndName(view, npAfter(tokens, hit.end, ceil), ceil) : npAfter(tokens, hit.end, ceil);
    if (end > hit.end && (isSpeaker(view, [hit.end, end], floor) || (afterQuote && isNominal(tokens[end - 1]!)))) {
      source = [hit.end, end];
      inverted = true;
    }
  }
  const tail = inverted ? source![1] : hit.end;
  const left = inverted ? hit.first : (source?.[0] ?? hit.first);
  const quoteAhead = quoteAfter(view, tail, ceil);
  // "“…,” the engineer said, “…”": the quotation before comes first; the one after resumes it.
  // "The “New GM” he also expected to focus on …": a cue with its own "to" or "that" complement
  // does not attribute the quotation before it.
  const ownComplement = tokens[tail]?.normal === 'that' || (tokens[tail]?.normal === 'to' && tokens[tail + 1]?.pos === 'VERB') || ownObject(view, hit, tail);
  const quoteBehind = !ownComplement && ((left - 1 >= floor && (view.closes.has(left - 1) || (tokens[left - 1]!.normal === ',' && left - 2 >= floor && view.closes.has(left - 2)))) || (quoteAhead < 0 && askedBefore(view, left, floor)));
  // "“…,” he praised" is rare but "…, thank God, …" is common: a verb that reports only
  // quotations attributes backward only a quotation.
  if (source && (quoteBehind || (quoteAhead < 0 && hit.cue.frame !== 'quote' && tailIsBare(view, tail, ceil)))) {
    const backward = contentBefore(view, left, tail, floor, ceil);
    if (backward && (hit.cue.frame !== 'quote' || backward.kind === 'direct')) return { ...base, source, ...backward, rule: `claims/en/${inverted ? 'inverted' : 'attribution-after'}`, confidence: 0.85 };
  }
  if (inverted) return null;
  let at = hit.end;
  if (ADDRESSEE.has(hit.cue.lemma)) {
    // "told journalists at the Minsk airport that …": the addressee, with its place, before "that".
    let np = npAfter(tokens, at, ceil);
    while (np > at && tokens[np]?.pos === 'ADP' && tokens[np]!.normal !== 'that') {
      const pp = npAfter(tokens, np + 1, ceil);
      if (pp === np + 1) break;
      np = pp;
    }
    // "promised the people of Lensk to visit them": the promise is the infinitive.
    const promised = hit.cue.lemma === 'promise' && tokens[np]?.normal === 'to' && tokens[np + 1]?.pos === 'VERB';
    if (np > at && (tokens[np]?.normal === 'that' || tokens[np]?.normal === ',' || view.opens.has(np) || promised)) at = np;
  }
  at = skipAddressee(view, at, ceil);
  // "It goes without saying", "thanked them for acknowledging": a gerund after a preposition is
  // no report of the subject ("began by saying that …" is).
  if (hit.participle && GERUND_PREPOSITIONS.has(tokens[hit.first - 1]?.normal ?? '')) return null;
  // "inspected information boards highlighting the stages of …": a participle right after a noun,
  // with an object, describes that noun, unless the noun is a statement or a speaker ("issued a
  // statement saying …"); with a clause it is the subject's ("congratulated him on his birthday
  // noting that …").
  const noun = tokens[hit.first - 1];
  const describesNoun = hit.participle && noun?.pos === 'NOUN' && !view.lexicon.nouns.has(noun.lemma) && !view.lexicon.speakers.has(noun.lemma);
  // "…, asserting he could …" and "he came to see me and said, …" share the main clause's speaker.
  if (hit.participle || (!source && afterAnd(view, hit.first, floor))) source = inheritedSource(view, hit, before, floor);
  if (!source) return null;
  // "What could you say about …?": a question to "you" asks for a claim, it does not report one.
  if (tokens[ceil - 1]?.normal === '?' && tokens[source[0]]!.normal === 'you') return null;
  // "Do you think that …?": a question puts the claim to the speaker, it does not make it.
  if (source[0] - 1 >= floor && QUESTION_AUX.has(tokens[source[0] - 1]!.normal) && (source[0] - 1 === floor || tokens[source[0] - 2]!.pos === 'PUNCT' || tokens[source[0] - 2]!.pos === 'ADV' || tokens[source[0] - 2]!.pos === 'CCONJ')) return null;
  const found = quoteAhead >= 0 ? quoteForward(view, quoteAhead) : contentAfter(view, s, hit, at, next);
  if (!found || (describesNoun && !CLAUSE_RULES.has(found.rule))) return null;
  const forward = { ...found, content: speakerAgainCut(view, found.content, source) };
  // An object is a weaker sign of a claim than a clause: "A meeting … has confirmed old rivalries".
  if ((!CLAUSE_RULES.has(forward.rule) || EVIDENTIAL.has(hit.cue.lemma)) && !isSpeaker(view, source, floor)) return null;
  const rule = hit.participle ? 'participle' : forward.rule;
  return { ...base, ...(source && { source }), ...forward, ...(forward.stance && { stance: forward.stance }), rule: `claims/en/${rule}`, confidence: 0.8 };
}

/**
 * True when the sentence opens with the attribution of a question or exclamation quoted just
 * before it, as a sentence of its own that the splitter ended at its "?" or "!": "“How can it go
 * away?” Alan Mulally remembered asking, …". A quotation with a cue before it in its sentence
 * ("I said, “…?” He replied, …") is that cue's.
 */
function askedBefore(view: ClaimsView, left: number, floor: number): boolean {
  const q = left === floor ? view.closes.get(left - 1) : undefined;
  if (q === undefined) return false;
  const { start, inner } = view.quotes[q]!;
  const open = tokenStartingAt(view.tokens, start);
  return open >= 0 && view.sentences[view.tokens[open]!.sentence]!.firstToken === open && /[?!]\s*$/.test(view.text.slice(inner.start, inner.end));
}

/**
 * The end of an inverted speaker after a quotation, from the end `end` of its first noun phrase:
 * its organisation ("chief investment officer at Solaris Asset Management") and a name after a
 * comma that ends the sentence (", Tim Ghriskey").
 */
function roleAndName(view: ClaimsView, end: number, ceil: number): number {
  const { tokens } = view;
  if (ORGANISATION_LINKS.has(tokens[end]?.normal ?? '') && tokens[end + 1]?.pos === 'PROPN') {
    const org = npAfter(tokens, end + 1, ceil);
    if (org > end + 1) end = org;
  }
  if (tokens[end]?.normal !== ',') return end;
  let name = end + 1;
  while (name < ceil && tokens[name]!.pos === 'PROPN') name++;
  return name > end + 1 && (name >= ceil || tokens[name]!.pos === 'PUNCT') ? name : end;
}

/**
 * The content cut before ", and" + the source's own first- or second-person pronoun: "I said that
 * we must help each other, and I want to repeat this" says no more than its first clause. (In
 * reported speech the speaker's "I" becomes "he", so only "I", "we" and "you" are read so.)
 */
function speakerAgainCut(view: ClaimsView, content: Span, source: TokenRange): Span {
  const { tokens } = view;
  const pronoun = tokens[source[0]]!.normal;
  if (source[1] - source[0] !== 1 || !SPEAKER_AGAIN.has(pronoun)) return content;
  for (let i = tokenAtOrAfter(tokens, content.start); i + 2 < tokens.length && tokens[i + 2]!.end <= content.end; i++) {
    if (tokens[i]!.normal !== ',' || tokens[i + 1]!.normal !== 'and' || tokens[i + 2]!.normal !== pronoun) continue;
    // Only after a whole clause: "confident that, given support, and we expect it, it will …" goes on.
    const first = tokenAtOrAfter(tokens, content.start);
    if (tokens.slice(first + 1, i).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')))) return { start: content.start, end: tokens[i - 1]!.end };
  }
  return content;
}

/** Past "to the general public" before "that", a colon or a quotation ("said to reporters that …"); `at` when none. */
function skipAddressee(view: ClaimsView, at: number, ceil: number): number {
  const { tokens } = view;
  if (tokens[at]?.normal !== 'to') return at;
  for (let i = at + 1; i < ceil && i < at + 6; i++) {
    const t = tokens[i]!;
    if (t.normal === 'that' || t.normal === ':' || (t.normal === ',' && view.opens.has(i + 1))) return i > at + 1 ? i : at;
    // "replied to your statement that …": the clause is the statement's, not the reply's.
    if (!ADDRESSEE_WORDS.has(t.pos) || view.lexicon.nouns.has(t.lemma)) return at;
  }
  return at;
}

/**
 * True when a noun phrase object follows the cue ("“…,” Obama explained the rationale behind
 * …"): the quotation before is not what it reports. An addressee ("told reporters") and a time
 * ("said this week") are no such object.
 */
function ownObject(view: ClaimsView, hit: VerbCueHit, tail: number): boolean {
  const { tokens } = view;
  const [det, noun] = [tokens[tail], tokens[tail + 1]];
  if (!det || !noun || ADDRESSEE.has(hit.cue.lemma) || (det.pos !== 'DET' && !POSSESSIVE_DET.has(det.normal))) return false;
  return (noun.pos === 'NOUN' || noun.pos === 'ADJ') && !TIME_NOUNS.has(noun.normal) && !TIME_NOUNS.has(tokens[tail + 2]?.normal ?? '');
}

/** True when the cue follows "and", "but" or "or" (adverbs between allowed): "came to see me and (later) said". */
function afterAnd(view: ClaimsView, first: number, floor: number): boolean {
  const { tokens } = view;
  let i = first - 1;
  while (i > floor && tokens[i]!.pos === 'ADV') i--;
  // "I cannot but mention" is no coordination; "… and reject the fissures" after "to restore …"
  // is an infinitive (the cue in its base form), not a second finite verb of the subject.
  if (tokens[i]?.pos !== 'CCONJ' || tokens[i - 1]?.pos === 'PART' || tokens[i - 1]?.pos === 'AUX') return false;
  const cue = tokens[first]!;
  return cue.normal !== cue.lemma || !tokens.slice(floor, i).some((t) => t.normal === 'to');
}

/** The nearest -ing verb before token `at` in the sentence, or -1. */
function participleBefore(view: ClaimsView, at: number, floor: number): number {
  for (let i = at - 2; i >= floor; i--) if (view.tokens[i]!.pos === 'VERB' && view.tokens[i]!.normal.endsWith('ing')) return i;
  return -1;
}

/** The source of a participle's or coordinated verb's claim: that of the claim before it in the sentence, else the main clause's subject. */
export function inheritedSource(view: ClaimsView, hit: VerbCueHit, before: readonly Draft[], floor: number): TokenRange | null {
  // The claim before in the main clause: "Russia announced efforts … whom Ukraine claims were
  // abducted, while also confirming …" continues Russia's claim, not the one inside its content.
  const embedded = (d: Draft): boolean => before.some((o) => o !== d && o.content.start <= view.tokens[d.cue[0]]!.start && view.tokens[d.cue[0]]!.start < o.content.end);
  const previous = [...before].reverse().find((d) => !embedded(d));
  // "…, acting professionally and confirming their readiness": a participle joined by "and" to one
  // that is not a cue describes, it does not report.
  if (hit.participle && afterAnd(view, hit.first, floor)) {
    const partner = participleBefore(view, hit.first, floor);
    if (partner >= 0 && !(previous && previous.cue[0] <= partner && partner < previous.cue[1])) return null;
  }
  if (previous?.source && previous.cue[1] <= hit.first) return previous.source;
  // "“…?” Alan Mulally remembered asking, “…”": with no main clause found, the verb just before.
  let verb = mainVerb(view, floor, hit.first);
  if (verb < 0 && view.tokens[hit.first - 1]?.pos === 'VERB') verb = hit.first - 1;
  if (verb >= 0) return subjectBefore(view, verb, floor);
  return hit.participle && hit.first === floor ? subjectAfterClause(view, hit.end) : null;
}

/**
 * The subject of the main clause after a sentence-opening participle clause: "Describing the
 * problem as “decades in the making,” Obama explained …" is Obama's. Null when no comma ends the
 * participle clause or no noun phrase with a verb follows it.
 */
function subjectAfterClause(view: ClaimsView, from: number): TokenRange | null {
  const { tokens } = view;
  const ceil = view.sentences[tokens[from - 1]!.sentence]!.endToken;
  for (let i = from; i < ceil; i++) {
    const q = view.opens.get(i);
    const close = q === undefined ? -1 : view.closeOf[q]!;
    // A comma may stand inside the closing mark ("“… in the making,” Obama").
    const comma = tokens[i]!.normal === ',' ? i : close > i && tokens[close - 1]!.normal === ',' ? close : -1;
    if (close > i && comma < 0) i = close;
    if (comma < 0) continue;
    const end = npAfter(tokens, comma + 1, ceil);
    return end > comma + 1 && (tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX') && isNominal(tokens[end - 1]!) ? [comma + 1, end] : null;
  }
  return null;
}
