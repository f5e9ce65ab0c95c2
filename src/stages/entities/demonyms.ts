import type { KbEntry } from '../../knowledge/kb-entry.js';
import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import type { KbHit } from './kb-match.js';
import { GROUP_SECTORS, ORG_HEADS } from './locales/en/lexicon.js';

/** Organisation heads that make a demonym + name an armed body or a legislature rather than a government office. */
const MIL_HEADS = new Set(['army', 'navy', 'forces', 'force', 'guard', 'guards', 'military', 'command', 'staff', 'brigade', 'battalion', 'regiment']);
const LEG_HEADS = new Set(['parliament', 'assembly', 'congress', 'senate']);
const REL_HEADS = new Set(['church', 'patriarchate', 'diocese', 'synod']);

/**
 * A demonym and what follows it: "Russian Defence Ministry" is an organisation of Russia
 * (RUSGOV), "Russian forces" a group (NORP, RUSMIL), "Russian" alone a NORP of Russia.
 */
export function groupAfterDemonym(view: DocView, hit: KbHit, country: KbEntry, taken: Uint8Array): Found {
  const { tokens, text } = view;
  const code = country.country!;
  const base = { firstToken: hit.firstToken, start: hit.start, nameStart: hit.start, country: code };
  for (let j = hit.endToken; j < Math.min(hit.endToken + 4, tokens.length) && isCapitalised(view, j) && !taken[j]; j++) {
    const head = tokens[j]!.normal;
    if (!ORG_HEADS.has(head)) continue;
    for (let k = hit.endToken; k <= j; k++) taken[k] = 1;
    const sector = MIL_HEADS.has(head) ? 'MIL' : LEG_HEADS.has(head) ? 'LEG' : REL_HEADS.has(head) ? 'REL' : 'GOV';
    const end = tokens[j]!.end;
    return { ...base, end, endToken: j + 1, type: 'ORG', kind: 'name', rule: 'entities/en/demonym-org', confidence: 0.8, surface: text.slice(hit.start, end), actor: code + sector };
  }
  const next = tokens[hit.endToken];
  const after = tokens[hit.endToken + 1];
  const sector = next && next.sentence === tokens[hit.firstToken]!.sentence ? (GROUP_SECTORS.get(next.normal) ?? (after ? GROUP_SECTORS.get(after.normal) : undefined)) : undefined;
  return {
    ...base,
    end: hit.end,
    endToken: hit.endToken,
    type: 'NORP',
    kind: 'norp',
    entry: country,
    rule: 'entities/kb/demonym',
    confidence: 0.9,
    surface: country.demonyms?.[0] ?? text.slice(hit.start, hit.end),
    ...(sector && { actor: code + sector }),
  };
}
