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
  for (const [k, f] of founds.entries()) {
    if (f.kind !== 'name' || f.entry !== undefined || f.country !== undefined || f.actor !== undefined || f.type === 'PERSON' || f.type === 'NORP') continue;
    // Why the "state" word is tested first: one token look-up, and most founds fail it.
    const word = tokens[f.endToken];
    if (word === undefined || word.normal !== 'state' || word.sentence !== tokens[f.firstToken]!.sentence || view.text.slice(word.start, word.end) !== 'state') continue;
    if (ADJECTIVE_END.test(tokens[f.endToken - 1]!.normal)) continue;
    const owner = POSSESSIVE.test(tokens[f.firstToken - 1]?.normal ?? '') ? founds.find((o) => o.endToken === f.firstToken - 1 && o.type === 'GPE') : undefined;
    const ownerCountry = owner?.entry?.id.startsWith('country:') ? (owner.country ?? owner.entry.country) : undefined;
    if (ownerCountry === undefined && sole === null) sole = soleCountry(founds);
    const country = ownerCountry ?? sole ?? undefined;
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    const { guess: _guess, ...rest } = f;
    founds[k] = { ...rest, type: 'GPE', country, rule: 'entities/en/sub-national-state' };
    const government = tokens[f.endToken + 1];
    if (government === undefined || government.sentence !== word.sentence || !GOVERNMENT_WORDS.has(government.normal) || view.text.slice(government.start, government.end) !== government.normal) continue;
    const surface = view.text.slice(f.start, government.end);
    governments.push({ start: f.start, end: government.end, firstToken: f.firstToken, endToken: f.endToken + 2, type: 'ORG', kind: 'name', rule: 'entities/en/local-government', confidence: 0.8, surface, nameStart: f.start, country, actor: `${country}GOV` });
  }
  founds.push(...governments);
}
