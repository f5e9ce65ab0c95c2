import type { Token } from '../../core/doc.js';
import { TOWN_PEOPLE_RULE } from '../entities/town-people.js';
import type { ActorGroup } from './actors.js';
import { DETERMINERS } from './subjects.js';

// Peoples coded by the country they live in, as CAMEO codes an ethnic group: "Ethnic Albanians in
// south Serbia" act as people of Serbia; "the Albanian population of the province" attacked in
// Montenegro is Montenegro's. Read by roles.ts.

/** Nouns after a people's name that make it a group living somewhere ("the Albanian population", "the Hungarian minority"). */
const COMMUNITIES = new Set(['population', 'populations', 'minority', 'minorities', 'community', 'communities']);

/** Is the group a people named with "ethnic" ("three ethnic Albanians", "ethnic Turks") or as a population ("the Albanian population of the province")? */
export function ethnicGroup(tokens: readonly Token[], g: ActorGroup): boolean {
  return g.mentions.every((x) => x.type === 'NORP')
    && (tokens[g.start - 1]?.normal === 'ethnic' || tokens[g.start]?.normal === 'ethnic' || COMMUNITIES.has(tokens[g.end]?.normal ?? ''));
}

/** Rule of a people's mention the entities stage placed in a state (ethnic-kin.ts: "ethnic Albanian rebels operating in Macedonia" is MKDREB). */
const PLACED_PEOPLE_RULE = 'entities/en/ethnic-placed';

/** Is every mention of the group a people the text already places in a state, coded with it? */
export function placedPeople(g: ActorGroup): boolean {
  return g.mentions.every((x) => x.rule === PLACED_PEOPLE_RULE);
}

/** Prepositions after a people's name that say where they live ("Albanians in south Serbia", "Albanians of southern Serbia"). */
const RESIDENCE_PREPS = new Set(['in', 'of']);

/**
 * The place a people named by nationality lives in, when the subject says so: "Ethnic Albanians in
 * south Serbia are demanding …" act as people of Serbia (CAMEO codes an ethnic group by the country it
 * lives in), not of Albania.
 */
export function residence(tokens: readonly Token[], g: ActorGroup, inClause: readonly ActorGroup[], verb: number): ActorGroup | undefined {
  if (!g.mentions.every((x) => x.type === 'NORP' && x.rule !== TOWN_PEOPLE_RULE) || !RESIDENCE_PREPS.has(tokens[g.end]?.normal ?? '')) return undefined;
  const place = inClause.find((h) => h.start > g.end && h.end <= verb && h.start - g.end <= 3 && h.mentions.every((x) => x.type === 'GPE'));
  if (!place) return undefined;
  for (let k = g.end + 1; k < place.start; k++) if (!DETERMINERS.has(tokens[k]!.pos) && tokens[k]!.pos !== 'PROPN') return undefined;
  return { ...place, start: g.start, locative: false, prep: -1, wholeSpan: true };
}
