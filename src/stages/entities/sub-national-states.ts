import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { GOVERNMENT_WORDS } from './place-governments.js';
import { soleCountry } from './sole-country.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** Endings of adjectives of place or creed, which describe a state rather than name it ("the Victorian state government", "an Islamic state"). */
const ADJECTIVE_END = /(?:ian|ean|ese|ish|ic)$/;

/**
 * Unknown names before a lower-case "state" are a federation's states ("Borno state", "Mexico's
 * Guerrero state", "the Kaduna state government"): places of the country a possessive before them
 * names ("Nigeria's Borno state"), else of the article's sole country. Only names the KB does not
 * know and no rule gave a country; never a nationality ("the Jewish state") nor an adjective ("Victorian"). A government word
 * after "state" makes the whole a local government of that country, as a known town's is
 * (place-governments.ts: "the Kaduna state government" NGAGOV). Replaces the founds in place.
 */
export function subNationalStates(view: DocView, founds: Found[]): void {
  const { tokens } = view;
  let sole: string | undefined | null = null;
  const governments: Found[] = [];
  const merged = new Set<Found>();
  for (const [k, f] of founds.entries()) {
    if (f.kind !== 'name' || f.entry !== undefined || f.type === 'PERSON' || f.type === 'NORP' || merged.has(f)) continue;
    const place = knownPlaceAfter(view, founds[k + 1], f);
    if (place === undefined && (f.country !== undefined || f.actor !== undefined)) continue;
    const last = place ?? f;
    // Why the "state" word is tested first: one token look-up, and most founds fail it.
    const word = tokens[last.endToken];
    if (word === undefined || word.normal !== 'state' || word.sentence !== tokens[f.firstToken]!.sentence || view.text.slice(word.start, word.end) !== 'state') continue;
    if (ADJECTIVE_END.test(tokens[last.endToken - 1]!.normal)) continue;
    const owner = POSSESSIVE.test(tokens[f.firstToken - 1]?.normal ?? '') ? founds.find((o) => o.endToken === f.firstToken - 1 && o.type === 'GPE') : undefined;
    const ownerCountry = owner?.entry?.id.startsWith('country:') ? (owner.country ?? owner.entry.country) : undefined;
    let country: string | undefined;
    if (place !== undefined) {
      // "Blue | Nile state": the known word's own country ("Nile" is Egypt's) counts only when nothing else names one.
      country = ownerCountry ?? soleCountry(founds.filter((o) => o !== place && o !== f)) ?? place.country ?? place.entry?.country;
    } else {
      if (ownerCountry === undefined && sole === null) sole = soleCountry(founds);
      country = ownerCountry ?? sole ?? undefined;
    }
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    const { guess: _guess, ...rest } = f;
    const end = last.end;
    founds[k] = { ...rest, end, endToken: last.endToken, surface: view.text.slice(f.start, end), type: 'GPE', country, rule: 'entities/en/sub-national-state' };
    if (place !== undefined) merged.add(place);
    const government = tokens[last.endToken + 1];
    if (government === undefined || government.sentence !== word.sentence || !GOVERNMENT_WORDS.has(government.normal) || view.text.slice(government.start, government.end) !== government.normal) continue;
    const surface = view.text.slice(f.start, government.end);
    governments.push({ start: f.start, end: government.end, firstToken: f.firstToken, endToken: last.endToken + 2, type: 'ORG', kind: 'name', rule: 'entities/en/local-government', confidence: 0.8, surface, nameStart: f.start, country, actor: `${country}GOV` });
  }
  // The known word's own "X state government" (place-governments.ts: "Nile state government" EGYGOV) goes with it.
  const starts = new Set([...merged].map((p) => p.firstToken));
  if (merged.size > 0) for (let k = founds.length - 1; k >= 0; k--) if (merged.has(founds[k]!) || (starts.has(founds[k]!.firstToken) && founds[k]!.rule === 'entities/en/local-government')) founds.splice(k, 1);
  founds.push(...governments);
}

/**
 * The one-word place the KB knows right after a one-word unknown name, one space apart ("Blue |
 * Nile", "South | Kordofan", "Upper | Nile"): with "state" after it the two are one state's name.
 */
function knownPlaceAfter(view: DocView, next: Found | undefined, f: Found): Found | undefined {
  if (next === undefined || f.endToken - f.firstToken !== 1 || next.firstToken !== f.endToken || next.endToken - next.firstToken !== 1) return undefined;
  if (next.entry === undefined || next.entry.id.startsWith('country:') || (next.type !== 'GPE' && next.type !== 'LOC') || next.start - f.end !== 1) return undefined;
  return view.tokens[next.endToken]?.normal === 'state' ? next : undefined;
}
