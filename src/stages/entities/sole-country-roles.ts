import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PAST } from './role-nouns.js';

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
  if (founds.some((f) => f.type === 'PERSON' && (f.titleCountry ?? f.country ?? f.entry?.country ?? country) !== country)) return [];
  const { tokens } = view;
  const covered = new Uint8Array(tokens.length);
  for (const f of founds) for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
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
