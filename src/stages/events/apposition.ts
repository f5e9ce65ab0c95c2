import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';
import { DAYS, DETERMINERS } from './subjects.js';

// A common noun in apposition before a name belongs to the object it names: "shelled the southern
// regional capital Juba", "accused opposition leader Sam Rainsy", "ordered the opposition newspaper La
// Prensa to suspend publication". Read by governed.ts when it walks back from a group to the verb.

/** Nouns of a kind of place that may stand in apposition before its name ("the capital Juba", "the town Hebron"). */
const APPOSED_PLACES = new Set(['capital', 'city', 'town', 'village', 'port', 'enclave', 'province', 'region']);
/** Nouns of a kind of body that may stand in apposition before its name ("the opposition newspaper La Prensa", "the rebel group UNITA"). */
const APPOSED_BODIES = new Set(['newspaper', 'daily', 'weekly', 'paper', 'magazine', 'agency', 'party', 'movement', 'group', 'organisation', 'organization',
  'militia', 'union', 'station', 'broadcaster', 'channel', 'network', 'coalition', 'front', 'alliance', 'faction']);
/** How many words a title before a person's name may have ("the opposition party leader"). */
const TITLE_WORDS = 4;

/** The word before a place's apposed kind noun ("the southern regional capital Juba": before "the"), or `k` when there is none at `k`. */
export function beforeApposedPlace(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch, k: number): number {
  if (k < m.end || tokens[k]!.pos !== 'NOUN' || !APPOSED_PLACES.has(tokens[k]!.normal) || !g.mentions.every((x) => x.type === 'GPE')) return k;
  let j = k - 1;
  while (j >= m.end && (DETERMINERS.has(tokens[j]!.pos) || DAYS.has(tokens[j]!.normal))) j--;
  return j;
}

/**
 * Is the noun at `k` a person's title or a body's kind that reaches back to the verb ("accused opposition
 * leader Sam Rainsy", "ordered the opposition newspaper La Prensa")? Then the group is the verb's object.
 */
export function titledObject(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch, k: number): boolean {
  if (k < m.end || k - m.end >= TITLE_WORDS || tokens[k]!.pos !== 'NOUN' || m.used.includes(k)) return false;
  if (!g.mentions.every((x) => x.type === 'PERSON') && !(APPOSED_BODIES.has(tokens[k]!.normal) && g.mentions.every((x) => x.type === 'ORG'))) return false;
  let j = k - 1;
  while (j >= m.end && j > k - TITLE_WORDS && (DETERMINERS.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN')) j--;
  return j < m.end;
}

/**
 * The preposition before a person's title ("eased restrictions on opposition leader Aung San Suu Kyi": before
 * "opposition leader"), so that the name is read as that preposition's object; `k` when no title of up to
 * four nouns and adjectives (over a determiner) stands at `k` right after a preposition.
 */
export function beforeTitle(tokens: readonly Token[], g: ActorGroup, m: TriggerMatch, k: number): number {
  if (k < m.end || tokens[k]!.pos !== 'NOUN' || m.used.includes(k) || !g.mentions.every((x) => x.type === 'PERSON')) return k;
  let j = k - 1;
  while (j >= m.end && j > k - TITLE_WORDS && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'ADJ') && !m.used.includes(j)) j--;
  while (j >= m.end && DETERMINERS.has(tokens[j]!.pos)) j--;
  return j >= m.end && tokens[j]!.pos === 'ADP' ? j : k;
}
