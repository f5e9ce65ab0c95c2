import { isNominal, npAfter } from './chunker.js';
import { quoteContent } from './content.js';
import { isName } from './quote-name.js';
import type { Draft, TokenRange } from './draft.js';
import { subjectBefore } from './source.js';
import { inheritedSource, QUESTION_AUX } from './verb-claims.js';
import { type VerbCueHit, verbCues } from './verb-cues.js';
import type { ClaimsView } from './view.js';

/** Cues whose object is the one quoted ("recall one well-known statesman: “…”", "quoting Lincoln: “…”"). */
const QUOTING = new Set(['recall', 'quote', 'cite']);

/** Parts of speech of a quoted speaker's noun phrase. */
const NOUN_PHRASE = new Set(['DET', 'NUM', 'ADJ', 'ADV', 'NOUN', 'PROPN']);


/**
 * The claim of a quotation that no rule attributed, read from the reporting verb of its clause:
 * the nearest cue before it in its sentence ("praised by Jobs as “…”", "described him as “…”",
 * "commented on the situation, “…”", "clergymen asked for “…”"), or, for a quotation that opens
 * a sentence right after a colon, the last cue of the sentence before ("Mr Medvedev suggested
 * touching base on …:" then “I think …”). The source is the object of a quoting verb ("recall one
 * well-known statesman: “…”"), else found as for any verb cue (subject,
 * "by" agent, or the main clause's subject for a participle or a coordinated verb); a passive
 * with no agent has none ("The iPhone is claimed to be “…”"). A quotation that sets off a name is
 * no claim (see `isName`). Null when there is no such cue or no source for an active one.
 */
export function quoteInClause(view: ClaimsView, q: number, open: number, lead: number, claimed: readonly Draft[]): Draft | null {
  const { tokens } = view;
  if (isName(view, q, open)) return null;
  const s = tokens[open]!.sentence;
  let hs = s;
  if (open === lead) {
    if (s === 0 || tokens[open - 1]?.normal !== ':') return null;
    hs = s - 1;
  }
  const hit = lastCue(view, hs, open);
  // "why is it written here “…”?": a question puts words to someone, it does not report them.
  if (!hit || tokens[view.sentences[hs]!.endToken - 1]?.normal === '?' || reducedRelative(view, hit)) return null;
  const floor = view.sentences[hs]!.firstToken;
  let source: TokenRange | undefined;
  const quoted = quotedObject(view, hit, open);
  if (quoted) source = quoted;
  else if (hit.passive) {
    const end = tokens[hit.end]?.normal === 'by' ? npAfter(tokens, hit.end + 1, view.sentences[hs]!.endToken) : hit.end + 1;
    if (end > hit.end + 1) source = [hit.end + 1, end];
  } else {
    const before = claimed.filter((d) => d.sentence === hs && d.cue[1] <= hit.first);
    source = (hit.participle ? null : subjectBefore(view, hit.first, floor)) ?? inheritedSource(view, hit, before, floor) ?? undefined;
    if (!source) return null;
  }
  // "Do you remember a popular poem: “…”": a question to "you" puts the words to the listener.
  if (source && QUESTION_AUX.has(tokens[source[0] - 1]?.normal ?? '')) return null;
  const content = quoteContent(view, q);
  if (!content) return null;
  const stance = hit.negated ? `not-${hit.cue.stance}` : hit.cue.stance;
  return { ...(source && { source }), cue: [hit.first, hit.end], lemma: hit.cue.lemma, ...content, stance, rule: 'claims/en/quote-in-clause', confidence: 0.6, sentence: s };
}

/** The object of a quoting cue that runs up to the colon or comma before the quotation, or undefined. */
function quotedObject(view: ClaimsView, hit: VerbCueHit, open: number): TokenRange | undefined {
  const { tokens } = view;
  if (!QUOTING.has(hit.cue.lemma) || (tokens[open - 1]?.normal !== ':' && tokens[open - 1]?.normal !== ',')) return undefined;
  const end = open - 1;
  if (end <= hit.end || !isNominal(tokens[end - 1]!)) return undefined;
  // "one well-known Russian statesman": a noun phrase, hyphenated modifiers included.
  for (let i = hit.end; i < end; i++) {
    const t = tokens[i]!;
    if (!NOUN_PHRASE.has(t.pos) && t.normal !== '-' && tokens[i - 1]?.normal !== '-') return undefined;
  }
  return [hit.end, end];
}

/** The last verb cue of sentence `s` before token `before`, not inside another quotation and with no ";" between. */
function lastCue(view: ClaimsView, s: number, before: number): VerbCueHit | undefined {
  const { tokens, quotes } = view;
  let best: VerbCueHit | undefined;
  for (const hit of verbCues(view, s)) {
    if (hit.end > before) break;
    const at = tokens[hit.verb]!.start;
    if (quotes.some((other) => other.start < at && at < other.end)) continue;
    best = hit;
  }
  if (!best) return undefined;
  for (let i = best.end; i < before; i++) {
    if (tokens[i]!.normal === ';') return undefined;
    // "expressed satisfaction … and voted in favour of “…”": a second verb of the subject
    // governs the quotation, and it is no cue ("went on record" is one).
    let j = i + 1;
    while (tokens[j]?.pos === 'ADV') j++;
    if (tokens[i]!.pos === 'CCONJ' && j < before && tokens[j]!.pos === 'VERB' && !view.lexicon.verbs.has(tokens[j]!.lemma)) return undefined;
  }
  return best;
}

/**
 * True for a past participle that modifies the noun before it ("a new screen, dubbed a “retina
 * display”", "applications, commonly called “apps”", "the so-called “zero agreement”"): no one
 * in the sentence is said to use the words.
 */
function reducedRelative(view: ClaimsView, hit: VerbCueHit): boolean {
  const { tokens } = view;
  if (hit.first !== hit.verb && tokens[hit.first]!.pos !== 'ADV') return false;
  const verb = tokens[hit.verb]!;
  if (verb.normal.endsWith('ing') || verb.normal === verb.lemma) return false;
  let i = hit.first - 1;
  while (tokens[i]?.pos === 'ADV') i--;
  const before = tokens[i];
  // "clergymen asked for “…”": a noun right before the verb is more often its subject.
  return before !== undefined && (before.normal === ',' || before.normal === '-');
}
