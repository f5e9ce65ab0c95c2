import { npAfter, npBefore, PERSONAL, RELATIVE } from './chunker.js';
import { contentEnd, trimContent } from './content.js';
import type { Draft, TokenRange } from './draft.js';
import { quoteAfterNoun, TEXT_NOUNS } from './noun-quote.js';
import { isSpeaker } from './source.js';
import type { ClaimsView } from './view.js';

/** Words that tie a reporting noun to what is claimed ("assertions by Trump regarding …"). */
const LINKS = new Set(['regarding', 'about', 'of', 'on', 'that', 'over', 'concerning']);
/** Adjectives that make a reporting noun a dispute ("contrasting narratives about …"). */
const CONTEST = new Set(['contrasting', 'conflicting', 'competing', 'contradictory', 'differing', 'rival', 'opposing', 'disputed']);
/** Reporting nouns that carry a claim with "of", "about" or "on" as well as with "that". */
const CORE = new Set(['claim', 'assertion', 'allegation', 'denial', 'warning', 'threat', 'promise', 'expectation']);
const FINITE_AFTER = new Set(['AUX', 'PART']);
const GENITIVE = new Set(["'s", '’s']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my']);

/**
 * Claims cued by a noun in sentence `s`: "according to X, …" and "…, according to X";
 * "assertions by Trump regarding …"; "Ukraine's claims that …"; and disputes without a
 * speaker, "contrasting narratives about their abduction". A reporting noun with no source
 * and no dispute ("claims of extensive damage") is not a claim by itself: it is what
 * another claim is about.
 */
export function nounClaims(view: ClaimsView, s: number): Draft[] {
  const { tokens, lexicon } = view;
  const sentence = view.sentences[s]!;
  const floor = sentence.firstToken;
  const ceil = sentence.endToken;
  const drafts: Draft[] = [];
  const add = (source: TokenRange | undefined, cue: TokenRange, lemma: string, stance: string, start: number, end: number, rule: string): void => {
    const content = trimContent(view, start, end);
    if (content) drafts.push({ ...(source && { source }), cue, lemma, content, kind: 'indirect', stance, rule: `claims/en/${rule}`, confidence: 0.75, sentence: s });
  };
  for (let i = floor; i < ceil; i++) {
    const t = tokens[i]!;
    if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') {
      const end = npAfter(tokens, i + 2, ceil);
      if (end === i + 2) continue;
      const source: TokenRange = [i + 2, end];
      // "settled according to international law" is not an attribution: the source must be able to say.
      // "according to Automotive analyst X believes …" is garbled, not an attribution phrase.
      if (!isSpeaker(view, source, floor) || tokens[end]?.pos === 'VERB' || tokens[end]?.pos === 'AUX') continue;
      const clauseAfter = tokens[end]?.normal === ',' && end + 1 < ceil && !/^[.!?]$/.test(tokens[end + 1]!.normal);
      // "According to The New York Times, who first broke the news, …": past the relative clause.
      let from = end + 1;
      if (clauseAfter && RELATIVE.has(tokens[from]!.normal)) {
        while (from < ceil && tokens[from]!.normal !== ',') from++;
        from++;
      }
      if (clauseAfter && from < ceil) add(source, [i, i + 2], 'according to', 'assert', from, contentEnd(view, from, ceil, 'clause'), 'according-to');
      else if (i > floor) add(source, [i, i + 2], 'according to', 'assert', floor, tokens[i - 1]!.normal === ',' ? i - 1 : i, 'according-to');
      continue;
    }
    if (t.pos !== 'NOUN' && !(t.pos === 'PROPN' && i === floor)) continue;
    const lemma = t.pos === 'PROPN' ? t.lemma.toLowerCase() : t.lemma;
    const stance = lexicon.nouns.get(lemma);
    if (!stance && !TEXT_NOUNS.has(lemma)) continue;
    // "Reply: “This is not enough.”", "His answer was very good: “…”", "an invitation to …, “…”".
    const quoted = quoteAfterNoun(view, i, floor, ceil);
    if (quoted) {
      const { cueStart, ...claim } = quoted;
      drafts.push({ ...claim, cue: [cueStart, i + 1], lemma: t.lemma, stance: stance ?? 'assert', rule: 'claims/en/noun-quote', confidence: 0.7, sentence: s });
      continue;
    }
    if (!stance) continue;
    if (CONTEST.has(tokens[i - 1]?.normal ?? '') && LINKS.has(tokens[i + 1]?.normal ?? '')) {
      add(undefined, [i - 1, i + 1], t.lemma, 'dispute', i + 2, contentEnd(view, i + 2, ceil, 'np'), 'contest-noun');
      continue;
    }
    let source: TokenRange | null = null;
    let link = i + 1;
    if (tokens[i + 1]?.normal === 'by') {
      link = npAfter(tokens, i + 2, ceil);
      if (link > i + 2) source = [i + 2, link];
    } else if (i - 1 > floor && GENITIVE.has(tokens[i - 1]!.normal)) {
      source = npBefore(tokens, i - 1, floor);
    } else if (i > floor && POSSESSIVE.has(tokens[i - 1]!.normal)) {
      source = [i - 1, i];
    }
    if (!source || !LINKS.has(tokens[link]?.normal ?? '')) continue;
    // "their views on this matter" names a topic, not a claim; "Ukraine's claims of …" does.
    if (tokens[link]!.normal !== 'that' && !CORE.has(t.lemma)) continue;
    if (source[1] - source[0] === 1 && tokens[source[0]]!.pos === 'PRON' && !PERSONAL.has(tokens[source[0]]!.normal) && !POSSESSIVE.has(tokens[source[0]]!.normal)) continue;
    const end = tokens[link]!.normal === 'that' ? subjectClauseEnd(view, link + 1, contentEnd(view, link + 1, ceil, 'clause')) : contentEnd(view, link + 1, ceil, 'np');
    add(source, [i, i + 1], t.lemma, stance, link + 1, end, 'noun-cue');
  }
  return drafts;
}

/**
 * The end of a "that" clause after a reporting noun that may itself be a subject: "The union's
 * claims that wages fell were disputed" ends before "were", the second finite verb, which does
 * not continue the first one's verb group ("would withdraw" does).
 */
function subjectClauseEnd(view: ClaimsView, start: number, end: number): number {
  const { tokens } = view;
  let verbs = 0;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing'));
    // "one that is executed quickly": the verb of a relative clause is not the second verb.
    if (!finite || FINITE_AFTER.has(tokens[i - 1]!.pos) || tokens[i - 1]!.normal === 'to' || RELATIVE.has(tokens[i - 1]!.normal)) continue;
    if (++verbs === 2) return i;
  }
  return end;
}
