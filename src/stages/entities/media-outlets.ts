import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { ownCountry } from './sole-country.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** Lower-case nouns for a news outlet, said right before its name: "the daily Al-Ahram", "the newspaper La Prensa" (PETRARCH agents: NEWSPAPER, BROADCASTING_CORP [~MED]). */
const MEDIA_HEADS = new Set(['newspaper', 'daily', 'weekly', 'paper', 'tabloid', 'magazine', 'broadcaster', 'television', 'radio', 'channel', 'agency', 'website']);

/** Most words between the outlet noun and the start of its phrase ("Pakistan's leading English-language newspaper"). */
const MAX_BACK = 6;

/**
 * Codes a name the KB lacks, right after a news-outlet noun, as that country's media (CAMEO sector
 * MED): "Egypt's semi-official daily Al-Ahram" EGYMED, "the Nicaraguan newspaper La Prensa" NICMED.
 * The country is a country, nationality word or town named in the same phrase before the noun, else
 * the article's sole country (`sole`); with none the outlet is still an organisation, with no code.
 * Mutates in place.
 */
export function mediaOutlets(view: DocView, founds: readonly Found[], sole: string | undefined): void {
  const { tokens } = view;
  const byEnd = new Map<number, Found>();
  for (const f of founds) byEnd.set(f.endToken, f);
  for (const f of founds) {
    if (f.entry !== undefined || f.actor !== undefined || f.kind !== 'name' || (f.type !== 'ORG' && f.type !== 'PERSON')) continue;
    const head = tokens[f.firstToken - 1];
    if (head === undefined || head.sentence !== tokens[f.firstToken]!.sentence || !MEDIA_HEADS.has(head.normal) || head.pos === 'PROPN') continue;
    let country: string | undefined;
    // Back over the outlet's describing words to a country's name, nationality word or possessive ("Pakistan's leading English-language newspaper").
    for (let k = f.firstToken - 2; k >= Math.max(0, f.firstToken - 1 - MAX_BACK) && tokens[k]!.sentence === head.sentence; k--) {
      const t = tokens[k]!;
      const owner = byEnd.get(POSSESSIVE.test(t.normal) ? k : k + 1);
      if (owner !== undefined && owner !== f) {
        country = ownCountry(owner);
        break;
      }
      if (t.normal === 'the' || t.normal === 'a' || t.normal === ',' || t.pos === 'VERB' || t.pos === 'ADP') break;
    }
    country ??= sole;
    f.type = 'ORG';
    if (country !== undefined) {
      f.country = country;
      f.actor = `${country}MED`;
    }
  }
}
