/**
 * Whether a group before a verb is the verb's acting subject or only part of the subject's phrase:
 * a nationality before an abstract noun ("Russian investments"), a patron before "-backed" ("Iran-backed
 * militias"), the object of a preposition ("the basing of Russian naval units"), unless the phrase
 * counts or gathers the people who act ("Thousands of Iraqi Kurds", "militants loyal to …").
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { ORIGIN_NOUNS } from './aims.js';
import { DETERMINERS } from './subjects.js';

/** Participles after "X-" that make X a patron or maker of the noun, not the one who acts ("Iran-backed militias", "an Iranian-made drone"). */
const PATRON_PARTICIPLES = new Set(['backed', 'made', 'built', 'supplied', 'funded', 'armed', 'trained', 'sponsored', 'designed', 'produced', 'manufactured', 'financed', 'equipped']);

/** Nouns of a relation or an undertaking, not of people: a nationality before them is no actor ("Coordinated Russian-Ukrainian action promised"). */
const ABSTRACT_HEADS = new Set(['action', 'actions', 'cooperation', 'relations', 'ties', 'efforts', 'policy', 'policies', 'economy', 'trade', 'partnership', 'interaction',
  'integration', 'dialogue', 'project', 'projects', 'programme', 'program', 'investment', 'investments', 'experience', 'market', 'markets', 'history', 'culture', 'language']);

/** Is the group a nationality whose noun is a relation or an undertaking ("Russian-Ukrainian action", "Russian investments")? */
export function abstractHead(tokens: readonly Token[], g: ActorGroup): boolean {
  if (!g.mentions.every((x) => x.type === 'NORP')) return false;
  // Over the other half of a two-country modifier: "Russian-Ukrainian action".
  let k = g.end;
  while (tokens[k]?.normal === '-' && tokens[k + 1]?.pos === 'PROPN') k += 2;
  return ABSTRACT_HEADS.has(tokens[k]?.normal ?? '');
}

/** Is the group the first half of a patron's compound ("Iran-backed militias attacked": the militias attack, not Iran)? */
export function patron(tokens: readonly Token[], g: ActorGroup): boolean {
  return tokens[g.end]?.normal === '-' && PATRON_PARTICIPLES.has(tokens[g.end + 1]?.normal ?? '');
}

/** Is the group the object of a preposition ("the basing of Russian naval units … meets"): then it is not the clause's subject. */
export function insidePhrase(tokens: readonly Token[], g: ActorGroup, from: number): boolean {
  let k = g.start - 1;
  while (k >= from && DETERMINERS.has(tokens[k]!.pos)) k--;
  return k >= from && tokens[k]!.pos === 'ADP' && !countingPhrase(tokens, k, from);
}

/** Nouns that count or gather the people after their "of", or make them its actor's side: "Thousands of Iraqi Kurds", "supporters of Ben Bella". */
const COUNTING_HEADS = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions', 'hundred', 'thousand', 'dozen', 'group', 'groups', 'number', 'crowd', 'crowds', 'band', 'members', 'supporters', 'followers', 'loyalists', 'sympathizers', 'sympathisers']);
/** Adjectives of allegiance before "to" or "with" ("forces loyal to", "groups affiliated with"). */
const ALLEGIANCE = new Set(['loyal', 'allied', 'affiliated', 'aligned', 'linked', 'tied']);
/**
 * Is the group named after "loyal to" (or "allied with" …) when the people loyal are a named actor themselves? Then
 * they act, not whom they are loyal to: "Iraqi insurgents loyal to the Jordanian militant Abu Musab al-Zarqawi attacked".
 * People with no name of their own ("gunmen loyal to a Somali warlord") are still the side they are loyal to (countingPhrase).
 */
export function allegianceOfNamed(tokens: readonly Token[], g: ActorGroup, groups: readonly ActorGroup[]): boolean {
  for (let j = g.start - 1; j > 1 && j >= g.start - 8; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.normal === ',') return false;
    if ((t.normal !== 'to' && t.normal !== 'with') || !ALLEGIANCE.has(tokens[j - 1]!.normal)) continue;
    const n = j - 2;
    return (tokens[n]!.pos === 'NOUN' || tokens[n]!.pos === 'PROPN') && groups.some((o) => o !== g && !o.locative && o.start <= n && (o.end === n + 1 || o.end === n));
  }
  return false;
}

/** Prepositions that hedge a number ("up to 100", "about 200", "more than 1,000"). */
const NUMBER_HEDGES = new Set(['to', 'about', 'around', 'over', 'than', 'some', 'nearly', 'almost', 'under']);
/**
 * Is the preposition at `k` part of a counted subject rather than a phrase of its own: a hedge before
 * a number ("Up to 100 ethnic Albanians demonstrated") or the "of" after a counting noun ("Thousands
 * of Nigerians", "Members of the Association of African Jurists")? Then the group is the subject.
 */
function countingPhrase(tokens: readonly Token[], k: number, from: number): boolean {
  const w = tokens[k]!.normal;
  if (NUMBER_HEDGES.has(w) && tokens[k + 1]?.pos === 'NUM') return true;
  // "Negotiators from Armenia and Azerbaijan met": people from a country act for it.
  if (w === 'from' && ORIGIN_NOUNS.has(tokens[k - 1]?.normal ?? '') && tokens.slice(from, k - 1).every((t) => DETERMINERS.has(t.pos))) return true;
  // "Militants loyal to the Islamic State attacked", "fighters affiliated with al-Qaeda": people loyal to an actor act for it.
  if ((w === 'to' || w === 'with') && ALLEGIANCE.has(tokens[k - 1]?.normal ?? '') && k - 2 >= from && (tokens[k - 2]!.pos === 'NOUN' || tokens[k - 2]!.pos === 'PROPN')) return true;
  if (w !== 'of') return false;
  let j = k - 1;
  while (j >= from && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM')) j--;
  return j >= from && COUNTING_HEADS.has(tokens[j]!.normal) && (j === from || tokens[j - 1]!.pos !== 'ADP' || countingPhrase(tokens, j - 1, from));
}

/** Nouns of the authority over a body or of the people who hold it: whoever the body is, a demand about them concerns it. */
const AUTHORITY_HEADS = new Set(['control', 'leadership', 'command', 'management', 'administration', 'ownership', 'head', 'heads', 'leader', 'leaders', 'chief', 'chiefs', 'members', 'officials']);

/**
 * Where the owner named after "of" starts when the phrase at `from` is the authority over it or its holders, a noun
 * and its "of" over determiners ("control of the Nigerian Interior Ministry", "the leadership of the army"); -1 when
 * it is not. An act's "of" ("the siege of Gaza") names whom the act hits, not whom a demand is made of.
 */
export function authorityOwnerStart(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && DETERMINERS.has(tokens[k]!.pos)) k++;
  if (!AUTHORITY_HEADS.has(tokens[k]?.normal ?? '') || tokens[k + 1]?.normal !== 'of') return -1;
  k += 2;
  while (k < tokens.length && DETERMINERS.has(tokens[k]!.pos)) k++;
  return k;
}
