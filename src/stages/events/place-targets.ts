/**
 * Tests of whether the place an act happens in is also its target: a foreign country a force is shown
 * in, a country named only as a border, a place whose victims were foreigners there by their office.
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

/** People who are in a country as foreigners by their office ("ambushed peacekeepers near Mogadishu"): not the place's people. */
const FOREIGNERS = new Set(['peacekeepers', 'peacekeeper', 'monitors', 'observers', 'inspectors', 'foreigners', 'tourists', 'expatriates', 'diplomats']);

/** Does the act hit people who are foreigners where it happens, named between the verb and the place ("ambushed U.N. peacekeepers near …")? */
export function foreignersHit(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (FOREIGNERS.has(tokens[k]!.normal)) return true;
  return false;
}

/** Is the place another country's than every member of the acting side (both known)? */
export function foreignPlace(place: ActorGroup, source: ActorGroup): boolean {
  const countries = new Set(source.mentions.map((x) => x.country));
  return place.mentions.length > 0 && place.mentions.every((x) => x.country !== undefined && !countries.has(x.country)) && !countries.has(undefined);
}

/** Nouns of a frontier that a country's name may modify ("near the Mozambique border"). */
const BORDERS = new Set(['border', 'borders', 'frontier']);

/** Is the place group only the name of a country's border ("the Mozambique border", "the Thai-Cambodian frontier")? */
export function borderOf(tokens: readonly Token[], place: ActorGroup): boolean {
  let k = place.end;
  while (tokens[k]?.normal === '-' && tokens[k + 1] !== undefined) k += 2;
  return BORDERS.has(tokens[k]?.normal ?? '');
}
