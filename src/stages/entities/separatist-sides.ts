import { sameSentence } from '../../core/same-sentence.js';
import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { roleHolds } from '../../knowledge/roles.js';
import { isCapitalised, type DocView } from './doc-view.js';
import { foundsByToken, type Found } from './found.js';
import { ownCountry } from './sole-country.js';

/** Rule of a separatist side the article names by a place its entity claims or as a self-declared republic. */
export const SEPARATIST_SIDE_RULE = 'entities/en/separatist-side';

/** Bare nouns for an irregular force ("the militia"): a separatist side's next to a place such a side claims. */
const MILITIA_NOUNS = new Set(['militia', 'militias', 'militiamen']);

/** The nouns for a republic: "the self-proclaimed republic", "the republics of Donetsk and Lugansk". */
const REPUBLIC_NOUNS = new Set(['republic', 'republics']);

/** Lower-case nouns right after a claimed place that name the side holding it, not the place: "the Donbass side", "the Donbass republics", "the Donbass leadership", "the Donetsk militia". */
const SIDE_NOUNS = new Set(['side', 'republics', 'leadership', ...MILITIA_NOUNS]);

/** Lower-case nouns after a claimed territory's regional adjective that name its side, armed men or authorities: "Abkhaz forces", "the Turkish Cypriot side". */
const ADJECTIVE_NOUNS = new Set([...SIDE_NOUNS, 'separatists', 'forces', 'authorities', 'leader', 'leaders', 'officials']);

/** The most tokens a regional adjective spans ("Turkish - Cypriot", "Nagorno - Karabakh"). */
const ADJECTIVE_TOKENS = 3;

/** Plural nouns before "of" and claimed places for the side or the people it sends: "representatives of Donetsk and Lugansk", "the republics of Donetsk and Lugansk". */
const ENVOY_NOUNS = new Set(['representatives', 'envoys', 'delegates', 'negotiators', 'republics']);

/** Words that make a republic one no state recognises: "the breakaway republic", "the unrecognised republic" ("self-proclaimed" is three tokens, matched apart: a "proclaimed republic" may be a recognised state). */
const SELF_DECLARED = new Set(['breakaway', 'unrecognised', 'unrecognized']);

/** The actor code of the separatist entity that claims place `entry` (`territory` in the KB) on `date`, if any: before the entity declared itself, or after it was dissolved, the place is only a place. */
export function claimantOn(entry: KbEntry, kb: KnowledgeBase, date: string | undefined): string | undefined {
  for (const name of [entry.name, ...(entry.aliases ?? [])]) {
    const claim = kb.territories.get(name.toLowerCase());
    if (claim !== undefined) return date === undefined || roleHolds(claim, date) ? claim.actor : undefined;
  }
  return undefined;
}

/** The claimant of a found place on `date` (a GPE with a KB entry), if any. */
function claimant(f: Found, kb: KnowledgeBase, date: string | undefined): string | undefined {
  return f.type === 'GPE' && f.entry !== undefined ? claimantOn(f.entry, kb, date) : undefined;
}

/** True when token `i`, right after a claimed place, names the side holding it: a lower-case side noun not before "of" ("the Donbass side", not "the Donetsk side of the border"). */
export function isSideNoun(view: DocView, i: number): boolean {
  return SIDE_NOUNS.has(view.tokens[i]?.normal ?? '') && !isCapitalised(view, i) && view.tokens[i + 1]?.normal !== 'of';
}

/**
 * "Abkhaz forces", "the South Ossetian side", "Turkish Cypriot officials": a claimed territory's regional
 * adjective (`territoryAdjectives` in the KB) before a side, armed or authority noun is the entity's side
 * on the days it claims the territory; other nouns ("Abkhaz wine"), other days, a title before a name
 * ("Turkish Cypriot leader Mehmet Ali Talat") or a found reaching outside the phrase leave the words as
 * they are. Replaces the founds inside the phrase ("Turkish" TUR, "Cypriot" CYP) in `founds`; returns the sides.
 */
function adjectiveSides(view: DocView, founds: Found[], kb: KnowledgeBase, date: string | undefined): Found[] {
  const { tokens, text } = view;
  const sides: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(view, i) || tokens[i - 1]?.end === tokens[i]!.start) continue;
    // Longest first: "Karabakh Armenian forces" is the side, which "Karabakh" before "Armenian" is not.
    for (let noun = Math.min(i + ADJECTIVE_TOKENS, tokens.length - 1); noun > i; noun--) {
      const claim = kb.territoryAdjectives.get(text.slice(tokens[i]!.start, tokens[noun - 1]!.end).toLowerCase());
      if (claim === undefined || !sameSentence(tokens, i, noun) || !ADJECTIVE_NOUNS.has(tokens[noun]!.normal) || isCapitalised(view, noun)) continue;
      if (tokens[noun + 1]?.normal === 'of' || (date !== undefined && !roleHolds(claim, date))) break;
      const inside = founds.filter((f) => f.firstToken <= noun && f.endToken > i);
      const named = founds.some((f) => f.firstToken === noun + 1 && f.type === 'PERSON');
      if (named || inside.some((f) => f.firstToken < i || f.endToken > noun + 1)) break;
      for (const f of inside) founds.splice(founds.indexOf(f), 1);
      const start = tokens[i]!.start;
      const end = tokens[noun]!.end;
      const side: Found = { start, end, firstToken: i, endToken: noun + 1, type: 'ORG', kind: 'name', rule: SEPARATIST_SIDE_RULE, confidence: 0.8, surface: text.slice(start, end), nameStart: start, country: claim.actor.slice(0, 3), actor: claim.actor };
      founds.push(side);
      sides.push(side);
      i = noun;
      break;
    }
  }
  return sides;
}

/** The last token of the adjective that makes token `i`'s republic self-declared ("breakaway", "self - proclaimed"), or -1. */
function selfDeclaredEnd(tokens: DocView['tokens'], i: number): number {
  const word = tokens[i]!.normal;
  if (SELF_DECLARED.has(word)) return i;
  return word === 'self' && tokens[i + 1]?.normal === '-' && tokens[i + 2]?.normal === 'proclaimed' ? i + 2 : -1;
}

/**
 * Makes a claimed place's found the side (over `endToken`/`end`). It leaves the place's KB entry:
 * coreference joins mentions of one entry, and the place's other mentions stay places.
 */
function toSide(f: Found, actor: string, endToken: number, end: number, text: string): void {
  delete f.entry;
  Object.assign(f, { type: 'ORG', actor, country: actor.slice(0, 3), rule: SEPARATIST_SIDE_RULE, endToken, end, surface: text.slice(f.start, end) });
}

/**
 * A separatist entity that declared itself a state is its state's rebels (CAMEO agent
 * "Separatists", sector REB; data/kb/README.md), and the KB lists the places each claims. So:
 * a claimed place right before a side noun ("the Donbass side", "the Donbass republics") is that
 * side, the noun taken in; claimed places after "representatives of" are the side's people; "the
 * self-proclaimed republics" or "the breakaway republic" (no found on them) are the rebels of the
 * place after "of", else of the side whose place this sentence or the one before names (none when
 * the nearer of the two names places of different states' sides; the article's other countries
 * may be any side's, so none is taken); and a bare "the militia" there
 * is that side's force, unless its own sentence names another country ("In Libya, the militia …").
 * A place followed by "of" ("the Donetsk side of the border") or a list of places followed by a
 * noun ("representatives of Donetsk and Lugansk regions") is geography; and before the day the
 * entity declared itself (`date`, the publication day) none of this applies. A regional adjective
 * of a claimed territory before a side noun is the side too (`adjectiveSides`: "Abkhaz forces").
 * Changes the founds in place and returns the new ones.
 */
export function separatistSides(view: DocView, founds: Found[], kb: KnowledgeBase, date: string | undefined): Found[] {
  if (kb.territories.size === 0 && kb.territoryAdjectives.size === 0) return [];
  const { tokens, text } = view;
  // First: the adjective's phrase replaces the founds on its words, which the rules below must not see as places.
  const adjectives = adjectiveSides(view, founds, kb, date);
  const { byStart, owner } = foundsByToken(founds, tokens.length);
  // Claims first: the loop below makes claimed places bodies, which the "X and" walk back must still see as places.
  const claims = new Map(founds.flatMap((f) => {
    const actor = claimant(f, kb, date);
    return actor === undefined ? [] : [[f, actor] as const];
  }));
  // Sentence → the sides whose places it names, read before the loop below makes places sides.
  const bySentence = new Map<number, Set<string>>();
  for (const [f, actor] of [...claims, ...adjectives.map((a) => [a, a.actor!] as const)]) {
    const s = tokens[f.firstToken]!.sentence;
    bySentence.set(s, (bySentence.get(s) ?? new Set<string>()).add(actor));
  }
  // The side the nearest sentence naming claimed places names (this one, else the one before); none when it names
  // places of different states' sides ("Russia recognised Abkhazia but not Donbas": the republics may be either's).
  const nearSide = (s: number): string | undefined => {
    const sides = bySentence.get(s) ?? bySentence.get(s - 1);
    return sides?.size === 1 ? [...sides][0] : undefined;
  };
  // True when the list of claimed places `f` is in ends before a common noun: "Donetsk and Lugansk regions" are the oblasts;
  // a side noun is no such noun ("Donetsk and Lugansk republics" are the sides).
  const listBeforeNoun = (f: Found): boolean => {
    let last = f;
    for (let next = owner[last.endToken + 1]; (tokens[last.endToken]?.normal === 'and' || tokens[last.endToken]?.normal === ',') && next !== undefined && claims.has(next); next = owner[last.endToken + 1]) last = next;
    const after = tokens[last.endToken];
    return sameSentence(tokens, last.endToken, f.firstToken) && after!.pos === 'NOUN' && !SIDE_NOUNS.has(after!.normal);
  };
  // True when sentence `s` names a country other than the side's own: there "the militia" may be that country's.
  const otherCountryIn = (s: number, actor: string): boolean =>
    founds.some((f) => tokens[f.firstToken]!.sentence === s && ownCountry(f) !== undefined && ownCountry(f) !== actor.slice(0, 3));
  for (const [f, actor] of claims) {
    const next = f.endToken;
    if (sameSentence(tokens, next, f.firstToken) && owner[next] === undefined && isSideNoun(view, next)) {
      toSide(f, actor, next + 1, tokens[next]!.end, text);
      continue;
    }
    // Back over "X and" / "X," to the "of" of an envoy noun: "representatives of Donetsk and Lugansk".
    let k = f.firstToken - 1;
    while (tokens[k]?.normal === 'and' || tokens[k]?.normal === ',') {
      const previous = owner[k - 1];
      if (previous === undefined || !claims.has(previous)) break;
      k = previous.firstToken - 1;
    }
    if (tokens[k]?.normal === 'of' && sameSentence(tokens, k, f.firstToken) && ENVOY_NOUNS.has(tokens[k - 1]?.normal ?? '') && !listBeforeNoun(f)) toSide(f, actor, f.endToken, f.end, text);
  }
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.normal;
    const sentence = tokens[i]!.sentence;
    const near = nearSide(sentence);
    const adjective = selfDeclaredEnd(tokens, i);
    let head = -1;
    if (adjective >= 0 && REPUBLIC_NOUNS.has(tokens[adjective + 1]?.normal ?? '') && sameSentence(tokens, i, adjective + 1)) head = adjective + 1;
    else if (MILITIA_NOUNS.has(word) && tokens[i - 1]?.normal === 'the' && near !== undefined && !otherCountryIn(sentence, near)) head = i;
    if (head < 0 || owner[head] !== undefined || owner[i] !== undefined || owner[adjective] !== undefined) continue;
    const first = tokens[i - 1]?.normal === 'the' && sameSentence(tokens, i - 1, i) ? i - 1 : i;
    if (first < i && owner[first] !== undefined) continue;
    const of = tokens[head + 1]?.normal === 'of' ? byStart.get(head + 1 + (tokens[head + 2]?.normal === 'the' ? 2 : 1)) : undefined;
    const ofCountry = of === undefined ? undefined : ownCountry(of);
    const actor = MILITIA_NOUNS.has(word) || ofCountry === undefined ? near : `${ofCountry}REB`;
    if (actor === undefined) continue;
    const start = tokens[first]!.start;
    const end = tokens[head]!.end;
    result.push({ start, end, firstToken: first, endToken: head + 1, type: 'ORG', kind: 'name', rule: SEPARATIST_SIDE_RULE, confidence: 0.6, surface: text.slice(start, end), nameStart: start, country: actor.slice(0, 3), actor });
  }
  return result;
}
