import { capitalProvesNothing, isCapitalised, lowerWordsOf, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PAST } from './role-nouns.js';
import { staffAfter } from './role-of-descriptions.js';

/**
 * The tokens other founds cover, for a role of the article's sole country (`country`); undefined
 * when a person of another country is named (the role may be the guest's, not the host's).
 */
function soleCountryCover(view: DocView, founds: readonly Found[], country: string): Uint8Array | undefined {
  if (founds.some((f) => f.type === 'PERSON' && (f.titleCountry ?? f.country ?? f.entry?.country ?? country) !== country)) return undefined;
  const covered = new Uint8Array(view.tokens.length);
  for (const f of founds) for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
  return covered;
}

/** Most lower-case words naming the portfolio between "the" and "minister" ("unification", "foreign trade"). */
const MAX_PORTFOLIO = 2;

/**
 * "the unification minister", "the foreign trade minister": a minister described by portfolio
 * alone, with no owner before, is a minister of the article's sole country (`country`), GOV. Wire
 * reports name the country their officials belong to once and then leave it out. Not without a
 * portfolio word ("the minister" points at someone named), not where a person of another country
 * is named (the minister may be the guest's), not on words another found covers, not a past role.
 */
export function soleCountryMinisters(view: DocView, founds: readonly Found[], country: string | undefined): Found[] {
  if (country === undefined) return [];
  const covered = soleCountryCover(view, founds, country);
  if (covered === undefined) return [];
  const { tokens } = view;
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Why the noun is tested first: every token passes here, and only this word can end such a description.
    if (tokens[i]!.normal !== 'minister' || covered[i] || isCapitalised(view, i)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && next.sentence === tokens[i]!.sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || isCapitalised(view, i + 1))) continue;
    let first = i;
    while (first > 0 && i - first < MAX_PORTFOLIO && !covered[first - 1] && tokens[first - 1]!.sentence === tokens[i]!.sentence && !isCapitalised(view, first - 1) && (tokens[first - 1]!.pos === 'NOUN' || tokens[first - 1]!.pos === 'ADJ') && !PAST.has(tokens[first - 1]!.normal)) first--;
    const article = first - 1;
    if (first === i || tokens[article]?.normal !== 'the' || covered[article] || PAST.has(tokens[article - 1]?.normal ?? '')) continue;
    const start = tokens[article]!.start;
    const end = tokens[i]!.end;
    result.push({
      start,
      end,
      firstToken: article,
      endToken: i + 1,
      type: 'PERSON',
      kind: 'description',
      rule: 'entities/en/sole-country-minister',
      confidence: 0.6,
      surface: view.text.slice(start, end),
      nameStart: start,
      country,
      titles: [tokens.slice(first, i + 1).map((t) => t.normal).join(' ')],
      actor: `${country}GOV`,
    });
  }
  return result;
}

/**
 * "the chief of the general staff", "the chief of army staff" with no owner after ("of the Ukrainian
 * armed forces" is role-of-descriptions.ts's) or before: the military chief of the article's sole
 * country (`country`), MIL, as a minister by portfolio alone is its GOV, under the same conditions.
 * Only a military staff: a bare "chief of staff" is as often an aide of a leader or a party.
 */
export function soleCountryStaffChiefs(view: DocView, founds: readonly Found[], country: string | undefined): Found[] {
  if (country === undefined) return [];
  const { tokens } = view;
  const result: Found[] = [];
  // Built on first need (a rare word starts this description): null when a person of another country is named.
  let covered: Uint8Array | null | undefined;
  for (let i = 1; i < tokens.length; i++) {
    // Why the noun is tested first: every token passes here, and only this word can start such a description.
    if (tokens[i]!.normal !== 'chief' || tokens[i - 1]!.normal !== 'the' || isCapitalised(view, i)) continue;
    const sentence = tokens[i]!.sentence;
    const at = lowerWordsOf(view, sentence);
    const staff = staffAfter(at, i + 1);
    if (!staff.military || at(i + 1 + staff.length) === 'of') continue;
    covered ??= soleCountryCover(view, founds, country) ?? null;
    if (covered === null) return [];
    const endToken = i + 1 + staff.length;
    if (covered[i - 1] || covered[i] || covered[endToken - 1]) continue;
    const start = tokens[i - 1]!.start;
    const end = tokens[endToken - 1]!.end;
    const surface = view.text.slice(start, end);
    result.push({ start, end, firstToken: i - 1, endToken, type: 'PERSON', kind: 'description', rule: 'entities/en/sole-country-staff-chief', confidence: 0.6, surface, nameStart: start, country, titles: ['chief of staff'], actor: `${country}MIL` });
  }
  return result;
}

/** Nouns for an opposition's people and bodies ("opposition supporters", "opposition leaders", "opposition alliance"). */
const OPPOSITION_MEMBERS = new Set(`supporters activists leaders members politicians figures groups parties party lawmakers deputies
  demonstrators protesters alliance coalition`.split(/\s+/));

/**
 * "Opposition supporters marched …", "the opposition said", "police fired on opposition activists":
 * the opposition with no owner before it is the article's sole country's (`country`), OPP. Not
 * after another found or a possessive ("Zimbabwean opposition", "Kenya's opposition" have their
 * owner), not inside a name, not on words another found covers.
 */
export function soleCountryOpposition(view: DocView, founds: readonly Found[], country: string | undefined): Found[] {
  if (country === undefined) return [];
  const { tokens } = view;
  const covered = new Uint8Array(tokens.length);
  for (const f of founds) for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Why this word is tested first: every token passes here, and only it can open such a description.
    if (tokens[i]!.normal !== 'opposition' || covered[i]) continue;
    const before = tokens[i - 1];
    const opensSentence = before === undefined || before.sentence !== tokens[i]!.sentence;
    if (!opensSentence && (covered[i - 1] || (isCapitalised(view, i - 1) && !capitalProvesNothing(view, i - 1) && before.normal !== 'the') || /^['’]s$/.test(before.normal) || isCapitalised(view, i))) continue;
    const next = tokens[i + 1];
    const sameSentence = next !== undefined && next.sentence === tokens[i]!.sentence;
    const member = sameSentence && OPPOSITION_MEMBERS.has(next.normal) && !covered[i + 1];
    // Alone only after "the" and before no noun: "the opposition said", not "the opposition newspaper".
    const alone = !member && before?.normal === 'the' && !(sameSentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || isCapitalised(view, i + 1)));
    if (!member && !alone) continue;
    const last = member ? i + 1 : i;
    const start = tokens[i]!.start;
    const end = tokens[last]!.end;
    result.push({ start, end, firstToken: i, endToken: last + 1, type: 'ORG', kind: 'name', rule: 'entities/en/sole-country-opposition', confidence: 0.6, surface: view.text.slice(start, end), nameStart: start, country, actor: `${country}OPP` });
  }
  return result;
}

/** The one country every found with a country names, people's included ("President Robert Mugabe"), or undefined when none or several. */
function onlyCountry(founds: readonly Found[]): string | undefined {
  let only: string | undefined;
  for (const f of founds) {
    const c = f.titleCountry ?? f.country ?? f.entry?.country;
    if (c === undefined || !/^[A-Z]{3}$/.test(c) || c === only) continue;
    if (only !== undefined) return undefined;
    only = c;
  }
  return only;
}

/**
 * "The opposition Movement for Democratic Change accused President Robert Mugabe's government":
 * an unknown organisation's name right after a lower-case "opposition" is an opposition body, OPP,
 * of the article's sole country (`country`), else of the one country all its founds name, people
 * included (an opposition opposes its own country's rulers). Mutates the founds in place.
 */
export function oppositionNames(view: DocView, founds: readonly Found[], country: string | undefined): void {
  const { tokens } = view;
  let owner: string | undefined;
  for (const f of founds) {
    if (f.type !== 'ORG' || f.kind !== 'name' || f.entry !== undefined || f.country !== undefined) continue;
    const before = tokens[f.firstToken - 1];
    if (before?.normal !== 'opposition' || before.sentence !== tokens[f.firstToken]!.sentence || isCapitalised(view, f.firstToken - 1)) continue;
    owner ??= country ?? onlyCountry(founds) ?? '';
    if (owner === '') return;
    f.country = owner;
    f.actor = `${owner}OPP`;
  }
}
