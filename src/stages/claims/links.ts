import type { Draft } from './draft.js';
import { stemOf } from './stem.js';
import type { Linked } from './to-claims.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import type { ClaimsView } from './view.js';

/** Nouns that, as the object of a confirming verb, name an earlier claim ("corroborated claims of …"). */
const CLAIM_NOUNS = new Set(['claim', 'report', 'allegation', 'account', 'statement', 'assertion']);
/** Stances that dispute an earlier claim when their content is about the same thing. */
const CONTESTING = new Set(['dispute', 'deny', 'reject', 'not-confirm', 'doubt']);
const CONTENT_POS = new Set(['NOUN', 'VERB', 'PROPN', 'ADJ', 'NUM']);

/**
 * Links claims within the article. A confirming claim about "claims of X" or "reports that X"
 * corroborates the earlier claim by another source that shares most with X; a disputing claim
 * ("contrasting narratives about their abduction", a denial) contests the earlier claim by another
 * source that shares most with its content. Shared means the same word stem or words of one group
 * in `related` (data/claims/related-words.txt). Ties go to the more specific (shorter), then the
 * later claim.
 */
export function linkClaims(view: ClaimsView, drafts: readonly Draft[], related: ReadonlyMap<string, number>): Linked[] {
  const linked: Linked[] = drafts.map((draft) => ({ draft, corroboratedBy: [], contestedBy: [] }));
  const keys = drafts.map((d) => contentKeys(view, d.content.start, d.content.end, related));
  drafts.forEach((draft, i) => {
    let from = draft.content.start;
    if (draft.stance === 'confirm') {
      const t = tokenAtOrAfter(view.tokens, from);
      const noun = view.tokens[t];
      if (!noun || !CLAIM_NOUNS.has(noun.lemma)) return;
      from = view.tokens[t + 1]?.end ?? from;
    } else if (!CONTESTING.has(draft.stance)) return;
    const mine = contentKeys(view, from, draft.content.end, related);
    const head = headKeys(view, from, draft.content.end, related);
    const target = bestMatch(view, drafts, keys, i, mine, head);
    if (target < 0) return;
    (draft.stance === 'confirm' ? linked[target]!.corroboratedBy : linked[target]!.contestedBy).push(i);
  });
  return linked;
}

/**
 * The earlier claim by another source whose content holds the head of `mine` (what the claim is
 * about: "damage" of "claims of extensive damage at the bases") and shares most keys with it, or -1.
 */
function bestMatch(view: ClaimsView, drafts: readonly Draft[], keys: readonly Set<string>[], i: number, mine: Set<string>, head: Set<string>): number {
  const me = drafts[i]!;
  let best = -1;
  let bestScore = 0;
  drafts.forEach((other, j) => {
    if (j === i || other.content.start >= me.content.start || sameSource(view, other, me)) return;
    if (![...head].some((key) => keys[j]!.has(key))) return;
    let score = 0;
    for (const key of mine) if (keys[j]!.has(key)) score++;
    const better = best < 0 || score > bestScore || (score === bestScore && (length(other) < length(drafts[best]!) || (length(other) === length(drafts[best]!) && other.content.start > drafts[best]!.content.start)));
    if (better) {
      best = j;
      bestScore = score;
    }
  });
  return best;
}

/** The content's length in characters. */
function length(d: Draft): number {
  return d.content.end - d.content.start;
}

/** True when two claims have the same source words. */
function sameSource(view: ClaimsView, a: Draft, b: Draft): boolean {
  if (!a.source || !b.source) return false;
  const text = (d: Draft): string => view.text.slice(view.tokens[d.source![0]]!.start, view.tokens[d.source![1] - 1]!.end).toLowerCase();
  return text(a) === text(b);
}

/** The keys of the first noun in `[start, end)`: the head of what a confirming or disputing claim is about. */
function headKeys(view: ClaimsView, start: number, end: number, related: ReadonlyMap<string, number>): Set<string> {
  for (let t = tokenAtOrAfter(view.tokens, start); t < view.tokens.length && view.tokens[t]!.end <= end; t++) {
    const token = view.tokens[t]!;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') return contentKeys(view, token.start, token.end, related);
  }
  return new Set();
}

/** The comparison keys of the content words in `[start, end)`: stems, and related-word groups as `#n`. */
function contentKeys(view: ClaimsView, start: number, end: number, related: ReadonlyMap<string, number>): Set<string> {
  const keys = new Set<string>();
  for (let t = tokenAtOrAfter(view.tokens, start); t < view.tokens.length && view.tokens[t]!.end <= end; t++) {
    const token = view.tokens[t]!;
    if (!CONTENT_POS.has(token.pos) || token.normal.length < 3) continue;
    const stem = stemOf(token.lemma);
    keys.add(stem);
    const group = related.get(stem);
    if (group !== undefined) keys.add(`#${group}`);
  }
  return keys;
}

