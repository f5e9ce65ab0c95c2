import type { Token } from '../../core/doc.js';

/**
 * A small noun-phrase chunker over wink's UPOS tags, the only syntax the claims rules have (there
 * is no parser): it reads a noun phrase leftwards from its head ("Ukrainian President Volodymyr
 * Zelenskyy", "the Russian leader", "a report by Amnesty") or rightwards from its first word.
 */

/** Personal pronouns that can be a speaker. */
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Relative pronouns: "Trump, who spoke …", "whom Ukraine claims …". */
export const RELATIVE = new Set(['who', 'whom', 'which', 'that']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const GENITIVE = new Set(["'s", '’s', "'", '’']);
const LINKS = new Set(['of', 'by', 'for']);
const NAME_PUNCT = new Set(['-', '.']);
const MAX_NP = 12;
const TIME_NOUNS = new Set(['yesterday', 'today', 'tomorrow', 'tonight']);
const QUANTIFIERS = new Set(['one', 'some', 'many', 'most', 'all', 'each', 'none', 'several', 'both', 'few', 'any']);

/** True for a token that can head a noun phrase. */
export function isNominal(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && PERSONAL.has(t.normal));
}

/** "families and friends": two plural common nouns joined by "and" head one phrase. */
function pluralPair(left: Token, right: Token): boolean {
  const plural = (t: Token): boolean => t.pos === 'NOUN' && t.normal !== t.lemma && t.normal.endsWith('s');
  return plural(left) && plural(right);
}

/** True for a token that can stand inside a noun phrase before its head. */
function isModifier(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || GENITIVE.has(t.normal) || NAME_PUNCT.has(t.normal);
}

/**
 * The noun phrase that ends just before token `end`, as `[start, end)`, not reaching before
 * `floor`; null when the token before `end` cannot head one. A personal pronoun is a phrase by
 * itself; "of", "by" and "for" join two nominals ("President of Ukraine Viktor Yanukovych"),
 * "and" joins two names ("Putin and Erdogan").
 */
export function npBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
  const head = tokens[end - 1];
  if (end - 1 < floor || !head || !isNominal(head)) return null;
  if (head.pos === 'PRON') return [end - 1, end];
  let start = end - 1;
  while (start > floor && end - start < MAX_NP) {
    const t = tokens[start - 1]!;
    const before = tokens[start - 2];
    // "In his remarks Mr Sergeyev said": a plural noun does not modify a following name.
    if (t.pos === 'NOUN' && tokens[start]!.pos === 'PROPN' && t.lemma !== t.normal && t.normal.endsWith('s')) break;
    if (isModifier(t)) start--;
    else if (t.pos === 'DET' || POSSESSIVE.has(t.normal)) {
      start--;
      const [of, quantifier] = [tokens[start - 1], tokens[start - 2]];
      // "One of the participants", "some of the officials": the quantifier heads the phrase.
      if (of?.normal === 'of' && quantifier && start - 2 >= floor && (quantifier.pos === 'NUM' || QUANTIFIERS.has(quantifier.normal))) start -= 2;
      break;
    } else if ((LINKS.has(t.normal) || t.normal === 'and') && before && start - 1 > floor && (before.pos === 'PROPN' || (t.normal !== 'and' && before.pos === 'NOUN') || pluralPair(before, tokens[start]!))) {
      start -= 2;
    } else if (t.normal === 'of' && before && start - 1 > floor && (before.pos === 'NUM' || QUANTIFIERS.has(before.normal))) {
      start -= 2;
      break;
    } else break;
  }
  // "The ministry and the army said": two phrases joined by "and" at the start of a clause.
  if (tokens[start - 1]?.normal === 'and' && start - 1 > floor && tokens[start]!.pos === 'DET') {
    const first = npBefore(tokens, start - 1, floor);
    const before = first ? tokens[first[0] - 1] : undefined;
    if (first && (first[0] === floor || before!.pos === 'PUNCT' || before!.pos === 'CCONJ' || before!.pos === 'SCONJ')) start = first[0];
  }
  while (start < end - 1 && NAME_PUNCT.has(tokens[start]!.normal)) start++;
  return [start, end];
}

/**
 * The noun phrase that starts at token `start`, as its exclusive end, not reaching `ceil`; `start`
 * itself when no phrase starts there. Reads a determiner or possessive, modifiers and nominals,
 * and "of"-phrases ("the Ministry of Foreign Affairs").
 */
export function npAfter(tokens: readonly Token[], start: number, ceil: number): number {
  let i = start;
  const first = tokens[i];
  if (!first || i >= ceil) return start;
  if (first.pos === 'PRON' && PERSONAL.has(first.normal)) return i + 1;
  if (first.pos === 'DET' || POSSESSIVE.has(first.normal)) i++;
  let end = start;
  while (i < ceil && i - start < MAX_NP) {
    const t = tokens[i]!;
    if (isModifier(t)) {
      i++;
      // A last adjective before punctuation is wink's tag for a noun ("said the police chief.").
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'ADJ' && end > start && tokens[i]?.pos === 'PUNCT')) end = i;
    } else if (t.normal === 'and' && end === i && tokens[i - 1]?.pos === 'NOUN' && headFollows(tokens, i + 1)) {
      // "the firm's sales and marketing chief": coordinated nouns before one head.
      i++;
    } else if (t.normal === ',' && end === i && coordinatedModifiers(tokens, i, ceil)) {
      i += tokens[i + 1]!.normal === 'and' ? 2 : 1;
    } else if ((t.normal === 'of' || t.normal === 'and') && end === i && tokens[i + 1] && (tokens[i + 1]!.pos === 'PROPN' || tokens[i + 1]!.pos === 'DET' || (t.normal === 'of' && tokens[i + 1]!.pos !== 'PUNCT'))) {
      i++;
      if (tokens[i]!.pos === 'DET') i++;
    } else break;
  }
  return end;
}

/**
 * True when the comma at `i` separates bare nouns coordinated before one head: "GM's sales,
 * service, and marketing vice president". The items are single common nouns, the last one joined
 * by "and", and a noun follows it.
 */
function coordinatedModifiers(tokens: readonly Token[], i: number, ceil: number): boolean {
  if (tokens[i - 1]?.pos !== 'NOUN') return false;
  for (let j = i + 1; j < ceil && j < i + 8; j += 2) {
    const [item, next] = [tokens[j], tokens[j + 1]];
    if (item?.normal === 'and') return headFollows(tokens, j + 1);
    if (item?.pos !== 'NOUN' || (next?.normal !== ',' && next?.normal !== 'and')) return false;
    if (next.normal === 'and') return headFollows(tokens, j + 2);
  }
  return false;
}

/** True when a noun at `j` is followed by the noun it modifies, not by a time word ("taxes yesterday"). */
function headFollows(tokens: readonly Token[], j: number): boolean {
  const [item, head] = [tokens[j], tokens[j + 1]];
  return item?.pos === 'NOUN' && head?.pos === 'NOUN' && !TIME_NOUNS.has(head.normal);
}

/** The head of a noun phrase `[start, end)`: the last nominal before its first preposition ("of", "by", "between"). */
export function headOf(tokens: readonly Token[], start: number, end: number): number {
  let head = end - 1;
  for (let i = start; i < end; i++) {
    if ((LINKS.has(tokens[i]!.normal) || tokens[i]!.pos === 'ADP') && i > start) {
      head = i - 1;
      break;
    }
  }
  while (head > start && !isNominal(tokens[head]!)) head--;
  return head;
}
