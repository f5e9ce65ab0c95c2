import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { firstFrom, mentionCountry } from './mention-index.js';

// "India and Pakistan fought a border war in 1999. Both sides agreed on Monday to hold talks": "both
// sides" are the two opposed actors named last, not the document's two most named countries (which
// a single mention of Pakistan does not make one of). The article-wide pair stays the fallback.

/** How many sentences back the opposed pair may be named. */
const REACH = 3;

/** Does a "both sides" phrase start at `i` ("both sides", "each side", "the two countries")? */
export function bothSidesAt(tokens: readonly Token[], i: number): boolean {
  const [a, b] = [tokens[i]?.normal ?? '', tokens[i + 1]?.normal ?? ''];
  return ((a === 'both' || a === 'each') && (b === 'side' || b === 'sides' || b === 'party' || b === 'parties' || b === 'countries'))
    || (a === 'two' && (b === 'sides' || b === 'countries'));
}

/** Does "the other", "each other" or "one another" start at `k` (the object of "Each side accused the other")? */
export function otherSideAt(tokens: readonly Token[], k: number): boolean {
  const [a, b] = [tokens[k]?.normal, tokens[k + 1]?.normal];
  return (a === 'the' && b === 'other' && tokens[k + 2]?.pos !== 'NOUN') || (a === 'each' && b === 'other') || (a === 'one' && b === 'another');
}

/** Do two pairs stand for the same two countries? */
function sameCountries(a: readonly EntityMention[], b: readonly EntityMention[]): boolean {
  return b.length === 2 && a.every((m) => b.some((o) => mentionCountry(o) === mentionCountry(m)));
}

/** Prepositions that make a following name a place or a circumstance, no side ("in Geneva", "at the border"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'into', 'across', 'along', 'on', 'over']);

/** Entity types that can be a side: states, peoples and bodies (a person is most often a side's speaker or host, not one of two parties). */
const SIDE_TYPES = new Set(['GPE', 'NORP', 'ORG']);

/** The first two actors of different countries in a sentence that are no place after a preposition, or nothing. */
function opposedPair(doc: Doc, tokens: readonly Token[], sentence: Sentence): EntityMention[] | undefined {
  const all = doc.layers.entities ?? [];
  const end = firstFrom(all, sentence.end);
  let first: EntityMention | undefined;
  for (let n = firstFrom(all, sentence.start); n < end; n++) {
    const m = all[n]!;
    const country = mentionCountry(m);
    if (!country || !SIDE_TYPES.has(m.type)) continue;
    const k = tokenIndexBefore(tokens, m.start, sentence.firstToken);
    if ((m.type === 'GPE' || m.type === 'ORG') && k >= 0 && PLACE_PREPOSITIONS.has(tokens[k]!.normal)) continue;
    if (!first) first = m;
    else if (mentionCountry(first) !== country) return [first, m];
  }
  return undefined;
}

/**
 * Two actors of different countries joined by "and" alone in the sentence ("Armenian and Azerbaijani
 * officials", "Israel and the Palestinians"), or nothing: the sentence names its two sides itself.
 */
function coordinatedPair(doc: Doc, sentence: Sentence): EntityMention[] | undefined {
  const all = doc.layers.entities ?? [];
  const end = firstFrom(all, sentence.end);
  for (let n = firstFrom(all, sentence.start); n + 1 < end; n++) {
    const [a, b] = [all[n]!, all[n + 1]!];
    if (!SIDE_TYPES.has(a.type) || !SIDE_TYPES.has(b.type) || !mentionCountry(a) || !mentionCountry(b) || mentionCountry(a) === mentionCountry(b)) continue;
    if (COORDINATION.test(doc.text.slice(a.end, b.start))) return [a, b];
  }
  return undefined;
}

/** A comma right before a name: it ends a list. */
const LIST_END = /,\s*$/;

/** Does the sentence say "both sides", "each side", "both parties" (not "the two countries")? */
function sidesPhrase(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let i = sentence.firstToken; i + 1 < sentence.endToken; i++) if (bothSidesAt(tokens, i) && tokens[i]!.normal !== 'two' && tokens[i + 1]!.normal !== 'countries') return true;
  return false;
}

/** The text between two coordinated names: "and", and an article ("Israel and the Palestinians"). */
const COORDINATION = /^\s+and\s+(?:the\s+)?$/i;

/** The index of the word before the one starting at `offset` (over determiners and adjectives), or -1. */
function tokenIndexBefore(tokens: readonly Token[], offset: number, firstToken: number): number {
  let k = tokenAtOrAfter(tokens, offset) - 1;
  while (k >= firstToken && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  return k >= firstToken ? k : -1;
}

/**
 * Whom "both sides" means in a sentence: the opposed pair of the nearest of the few sentences before
 * it that names one, else the article's two main parties (`dyad`). Only looked for when the
 * sentence has the phrase.
 */
export function nearestDyad(doc: Doc, tokens: readonly Token[], sentence: Sentence, dyad: readonly EntityMention[]): readonly EntityMention[] {
  let has = false;
  for (let i = sentence.firstToken; i + 1 < sentence.endToken && !has; i++) has = bothSidesAt(tokens, i);
  if (!has) return dyad;
  // "Both sides rejected the proposal, Armenian and Azerbaijani officials said": a pair joined by "and" in the sentence itself comes first.
  const own = coordinatedPair(doc, sentence);
  if (own) return own;
  const sentences = doc.layers.sentences ?? [];
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - REACH); s--) {
    const pair = sentences[s] ? opposedPair(doc, tokens, sentences[s]!) : undefined;
    // The same two countries as the article's main parties keep that pair's order (its first named first).
    if (pair) return sameCountries(pair, dyad) ? dyad : pair;
  }
  if (dyad.length > 0) return dyad;
  // "Putin urged both sides to ensure the full cessation of hostilities. … resuming talks between Yerevan and Baku": with no pair
  // named before and no two main parties, the pair named in the next few sentences.
  // Only a pair joined by "and" alone, not the end of a list ("exchanged views on Ukraine, Syria and Iran"), and not for "the two
  // countries", which most often means the sides of the talk the headline names.
  if (!sidesPhrase(tokens, sentence)) return dyad;
  for (let s = sentence.index + 1; s < Math.min(sentences.length, sentence.index + 1 + REACH); s++) {
    const pair = coordinatedPair(doc, sentences[s]!);
    if (pair && !LIST_END.test(doc.text.slice(Math.max(0, pair[0]!.start - 2), pair[0]!.start))) return pair;
  }
  return dyad;
}
