import { roleOn } from '../../knowledge/roles.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { SECTOR_MODIFIERS } from './role-nouns.js';

/** Is `word` one that makes the role after it an insurgency's ("rebel leader", "guerrilla commander"): a modifier of sector REB in role-nouns.ts (PETRARCH agents: REBEL, INSURGENT [~REB])? */
const insurgentModifier = (word: string): boolean => SECTOR_MODIFIERS.get(word) === 'REB';
/** Heads of that role. */
const LEADER_WORDS = new Set(['leader', 'chief', 'commander', 'chieftain', 'boss']);

/**
 * A known person named right after "rebel leader" (or "guerrilla commander" …) leads rebels on the
 * article's day, whatever office the KB gives him later or earlier: "Rebel leader Laurent Kabila"
 * before May 1997 is CODREB, not Congo's government or elite. The title's actor (the person's country
 * and REB) is set for the whole cluster; "former rebel leader" says nothing of the day. Mutates in place.
 */
export function rebelLeaders(view: DocView, founds: readonly Found[], date: string | undefined): void {
  const { tokens } = view;
  for (const f of founds) {
    if (f.type !== 'PERSON' || f.entry === undefined || f.kind !== 'name') continue;
    // The name's first token: a title the found took in ("Rebel leader Laurent Kabila") is before it.
    let k = f.firstToken;
    while (k < f.endToken && tokens[k]!.start < f.nameStart) k++;
    const head = tokens[k - 1];
    const modifier = tokens[k - 2];
    if (head === undefined || modifier === undefined || !LEADER_WORDS.has(head.normal) || !insurgentModifier(modifier.normal) || modifier.sentence !== tokens[k]!.sentence) continue;
    if (tokens[k - 3]?.normal === 'former' || tokens[k - 3]?.normal === 'ex') continue;
    const country = roleOn(f.entry, date)?.actor.slice(0, 3) ?? f.entry.country;
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    f.titleActor = `${country}REB`;
    f.titleCountry = country;
  }
}
