import type { DocView } from './doc-view.js';
import type { Found } from './found.js';

/**
 * Peoples named after a kin state they live outside of: "Serbs" of Bosnia, "Albanians" of
 * Macedonia, "Russians" of Ukraine, "Turks" of Bulgaria. A state's nationality word before one
 * of them names that people inside the state. Nationalities of states only ("Cypriot", "Bosnian")
 * are not listed: in "Turkish Cypriots" the state is the second word.
 */
const KIN_PEOPLES = new Set([
  'serb', 'serbs', 'croat', 'croats', 'albanian', 'albanians', 'hungarian', 'hungarians', 'russian', 'russians',
  'armenian', 'armenians', 'azeri', 'azeris', 'uzbek', 'uzbeks', 'tajik', 'tajiks', 'turk', 'turks',
  'greek', 'greeks', 'ukrainian', 'ukrainians', 'romanian', 'romanians',
]);

/** The country and sector a nationality found carries (its actor's sector, e.g. MIL from "forces"). */
function sectorOf(found: Found): string {
  return found.actor !== undefined && found.actor.length > 3 ? found.actor.slice(3) : '';
}

/**
 * "Bosnian Serbs", "Bosnian Serb forces", "Croatian Serb leader", "Macedonian Albanians": a
 * state's nationality word right before a kin people's word names that people in that state
 * (BIH, BIHMIL), one body over both words. The pair must be two nationality founds of different
 * countries, separated by one space, the second not glued to a hyphen ("Serb-led"). Returns the
 * founds with each such pair replaced by its merge.
 */
export function ethnicKin(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  for (let k = 0; k < founds.length; k++) {
    const first = founds[k]!;
    const second = founds[k + 1];
    const pair =
      second !== undefined &&
      first.kind === 'norp' && second.kind === 'norp' &&
      first.country !== undefined && second.country !== undefined && first.country !== second.country &&
      second.endToken - second.firstToken === 1 && second.firstToken === first.endToken &&
      second.start - first.end === 1 && tokens[second.firstToken]!.sentence === tokens[first.firstToken]!.sentence &&
      KIN_PEOPLES.has(tokens[second.firstToken]!.normal) &&
      !(tokens[second.endToken]?.start === second.end && tokens[second.endToken]!.normal === '-');
    if (!pair) {
      result.push(first);
      continue;
    }
    const sector = sectorOf(second) || sectorOf(first);
    result.push({ ...first, end: second.end, endToken: second.endToken, rule: 'entities/en/ethnic-kin', actor: first.country! + sector });
    k++;
  }
  return result;
}
