import type { EntityMention } from '../../core/mention.js';
import type { Found } from './found.js';
import { PLACE_ID } from './sole-country.js';

/**
 * States that split off another within the period the corpora cover, with the day they became
 * independent and the state they belonged to before. Only where the event-data dictionaries code
 * the land by its later state's day: Kosovo and Eritrea, which wire reports and the CAMEO
 * dictionaries treated apart before independence, are not listed.
 */
const SUCCESSORS: ReadonlyMap<string, { from: string; before: string }> = new Map([
  // South Sudan: independent on 9 July 2011; before, Juba and the south were Sudan's.
  ['SSD', { from: '2011-07-09', before: 'SDN' }],
]);

/**
 * Mentions of a successor state's places, people and bodies in an article published before its
 * independence belong to the state it was part of then ("Juba" in 1994 is in Sudan, SDN): their
 * country and the country part of their actor code are replaced. Undated articles keep the codes.
 */
export function predecessorStates(mentions: EntityMention[], date: string | undefined): EntityMention[] {
  if (date === undefined) return mentions;
  return mentions.map((m) => {
    const successor = m.country === undefined ? undefined : SUCCESSORS.get(m.country);
    if (successor === undefined || date >= successor.from) return m;
    const actor = m.actor?.startsWith(m.country!) ? successor.before + m.actor.slice(m.country!.length) : m.actor;
    return { ...m, country: successor.before, ...(actor !== undefined && { actor }) };
  });
}

/**
 * Gives a successor state's towns and regions, and its own name, found in an article published
 * before its independence the state they were in then ("the Sudanese town of Torit" in 1995 is in
 * Sudan, not South Sudan; "Rebels in South Sudan" in 2000 are Sudan's rebels), so the rules that
 * count the countries an article names see one country, not two.
 * Mutates in place; undated articles keep the codes.
 */
export function datePlaces(founds: readonly Found[], date: string | undefined): void {
  if (date === undefined) return;
  for (const f of founds) {
    const country = f.country ?? f.entry?.country;
    const successor = country === undefined ? undefined : SUCCESSORS.get(country);
    if (successor !== undefined && date < successor.from && f.entry !== undefined && (PLACE_ID.test(f.entry.id) || f.entry.id === `country:${country}`)) f.country = successor.before;
  }
}
