import type { Token } from '../../core/doc.js';

/** How a clause hangs on the sentence: decides where its subject is found when it names none. */
export type ClauseKind = 'main' | 'relative' | 'sub' | 'coord' | 'participle';

/** A clause: tokens `[start, end)` (indices into the document's tokens). */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly kind: ClauseKind;
}

/** Punctuation that closes a clause. */
const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '"', '“', '”', '[', ']']);
/** Relative pronouns: the clause's subject is the noun phrase before them. */
const RELATIVE = new Set(['who', 'whom', 'which', 'whose']);
/** Subordinators that open a clause with a subject of its own. */
const SUBORDINATE = new Set(['while', 'though', 'although', 'because', 'if', 'unless', 'whereas', 'whether', 'after', 'before', 'when', 'since', 'that']);
/** Subordinators that are never prepositions: they open a clause whatever tag the tagger gives them ("unless" often comes out ADP). */
const ALWAYS_SUBORDINATE = new Set(['though', 'although', 'if', 'unless', 'whereas', 'whether']);

/** Does a word, whatever its case or inflection, equal `word` (a lower-case lemma or surface form)? */
export function tokenIs(token: Token, word: string): boolean {
  return token.normal === word || token.lemma === word || (token.lemma.length > 0 && token.lemma.toLowerCase() === word)
    || (token.normal.length > 3 && token.normal.endsWith('s') && token.normal.slice(0, -1) === word);
}

/**
 * Splits a sentence into clauses at clause punctuation, relative pronouns, subordinators and
 * coordinations of verb phrases. Crude (no parser), but enough to keep a verb's arguments apart from
 * the next verb's; compounds such as "Arnor, Gondor and Rohan" are re-joined by the actor finder.
 */
export function splitClauses(tokens: readonly Token[], first: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let start = first;
  let kind: ClauseKind = 'main';
  const close = (at: number): void => {
    if (at > start) clauses.push({ start, end: at, kind });
  };
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const aside = t.normal === '(' ? asideEnd(tokens, i, end) : -1;
    if (aside >= 0) {
      // "The Hizbollah (Party of God) group declared", "Association (AKK) officials demanded": a short aside stays in its clause.
      i = aside;
    } else if (t.pos === 'PUNCT' && BREAKS.has(t.normal) && !(t.normal === ',' && inPhraseComma(tokens, i))) {
      close(i);
      start = i + 1;
      kind = next && next.pos === 'VERB' && next.normal.endsWith('ing') ? 'participle' : kind === 'main' ? 'main' : 'sub';
      if (next && next.pos === 'VERB' && !next.normal.endsWith('ing')) kind = 'coord';
      if (next && RELATIVE.has(next.normal)) kind = 'relative';
    } else if (i > start && (RELATIVE.has(t.normal) || (t.normal === 'that' && (t.pos === 'PRON' || tokens[i - 1]!.pos === 'NOUN')))) {
      close(i);
      start = i;
      kind = 'relative';
    } else if (i > start && SUBORDINATE.has(t.normal) && (t.pos === 'SCONJ' || t.normal === 'that' || ALWAYS_SUBORDINATE.has(t.normal))) {
      close(i);
      start = i;
      kind = 'sub';
    } else if (i > start && t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) {
      close(i);
      start = i + 1;
      kind = 'coord';
    }
  }
  close(end);
  return clauses;
}

/** How many words a parenthesis may hold and still be an aside (an acronym, a translation, a gloss). */
const ASIDE_WORDS = 5;

/** The index of the ")" closing a short aside opened at `open`, with no verb or clause punctuation inside; -1 otherwise. */
function asideEnd(tokens: readonly Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k <= open + ASIDE_WORDS + 1; k++) {
    const t = tokens[k]!;
    if (t.normal === ')') return k > open + 1 ? k : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && BREAKS.has(t.normal))) return -1;
  }
  return -1;
}

/** How far a list of nouns may run after a comma before its "and". */
const LIST_REACH = 8;

/**
 * Is the comma at `k` one of a list of common nouns closed by "and"/"or" ("launched artillery,
 * mortar, and rocket fire against …"), not a clause break ("killing about 20 people, relief officials said")?
 */
export function nounList(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k + 1; j < k + 1 + LIST_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'CCONJ') return tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'ADJ';
    if (t.pos !== 'NOUN' && t.normal !== ',') return false;
  }
  return false;
}

/** Is the comma at `k` between coordinate adjectives of one noun ("restore complete, full diplomatic ties", "a long, bloody war")? */
function adjectiveList(tokens: readonly Token[], k: number): boolean {
  // The tagger reads some adjectives before an adjective as adverbs ("full diplomatic ties").
  const modifier = (t: Token | undefined): boolean => t?.pos === 'ADJ' || t?.pos === 'ADV';
  if (tokens[k - 1]?.pos !== 'ADJ' || !modifier(tokens[k + 1])) return false;
  let j = k + 1;
  while (j < tokens.length && modifier(tokens[j])) j++;
  return tokens[j]?.pos === 'NOUN' && tokens[j - 1]!.pos === 'ADJ';
}

/** Is the comma at `k` inside a noun phrase (a list of nouns closed by "and", or of coordinate adjectives), not a clause break? */
export function inPhraseComma(tokens: readonly Token[], k: number): boolean {
  return nounList(tokens, k) || adjectiveList(tokens, k);
}
