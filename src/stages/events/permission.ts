import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import type { TriggerMatch } from './match-triggers.js';
import { AGENT_NOUNS, subjectEnd } from './subjects.js';
import { GROUP_SECTORS } from '../entities/locales/en/lexicon.js';

// A permission given by an actor ("the government allowed opposition candidates to register", "Turkish authorities let
// Syrian refugees cross the border") eases an administrative restriction (CAMEO 081, PLOVER CONCEDE). The verbs of letting
// say so only with an actor as subject and something the object may now do: "this allowed our two countries to expand
// trade", "the law allowed us to", "allow me to" tell of no one's concession. The object is someone whose restriction is
// eased: "allowed the contract to expire", "let the deadline pass" ease none. Read by detect.ts.

/** The verbs of letting whose easing code (081) needs an actor and an infinitive. */
const LETTING = new Set(['allow', 'permit', 'let']);
/** CAMEO "ease administrative sanctions", the code the verbs of letting give. */
const EASE = '081';
/** Parts of speech of an object phrase ("thousands of Palestinian workers from Gaza", "them"). */
const OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'CCONJ', 'PART', 'ADV']);
/** Prepositions inside an object phrase ("hundreds of workers", "workers from Gaza"). */
const OBJECT_PREPS = new Set(['of', 'from', 'in']);
/** How far the object phrase may run before its infinitive. */
const OBJECT_SPAN = 10;

/** Is the match a verb of letting read as an easing (081) that has no actor subject or no object with an infinitive? Then it is no event. */
export function noPermission(tokens: readonly Token[], m: TriggerMatch, clause: { start: number; end: number }, entities: readonly EntityMention[]): boolean {
  if (m.kind !== 'verb' || m.code !== EASE || !LETTING.has(tokens[m.head]!.lemma.toLowerCase())) return false;
  if (!actorSubject(tokens, m.start, clause.start, entities)) return true;
  // A pattern's own infinitive ("let workers return") is that complement, whatever the tagger made of it.
  if (m.used.length > 0) return false;
  const objectEnd = infinitiveAfter(tokens, m.head + 1, clause.end, tokens[m.head]!.lemma.toLowerCase() === 'let');
  // "allowed the contract to expire", "let the deadline pass": only someone let do something has a restriction eased.
  return objectEnd === undefined || !actorObject(tokens, m.head + 1, objectEnd, entities);
}

/** Personal pronouns of an object that stand for people ("allowed them to leave"), not "it" or "this". */
const PEOPLE_PRONOUNS = new Set(['them', 'him', 'her', 'us', 'me', 'you']);
/** Bodies of a state or an organisation, let do something as its people are ("allowed agencies to waive such reviews"). */
const BODIES = new Set(['agency', 'agencies', 'department', 'departments', 'institution', 'institutions']);

/** Does the object phrase [start, end) name an actor: a coded mention, a pronoun for people, a noun of people acting as a body, of a group of a sector ("families", "journalists") or of a body? */
function actorObject(tokens: readonly Token[], start: number, end: number, entities: readonly EntityMention[]): boolean {
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (coded(t, entities) || PEOPLE_PRONOUNS.has(t.normal) || AGENT_NOUNS.has(t.normal) || GROUP_SECTORS.has(t.normal) || BODIES.has(t.normal)) return true;
  }
  return false;
}

/** Is the subject right before the verb at `start` an actor: a coded name ("Egypt", "Egypt's interior ministry") or a body's noun of a coded people ("Israeli authorities")? */
function actorSubject(tokens: readonly Token[], start: number, from: number, entities: readonly EntityMention[]): boolean {
  const k = subjectEnd(tokens, start, from);
  if (k < from || tokens[k]!.pos === 'PRON' || tokens[k]!.pos === 'DET') return false;
  if (coded(tokens[k]!, entities)) return true;
  if (!AGENT_NOUNS.has(tokens[k]!.normal)) return false;
  // "The Venezuelan government", "Turkish authorities": the noun's own phrase names the people it acts for.
  for (let j = k - 1; j >= from && j >= k - 4 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'PROPN' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PART' || tokens[j]!.pos === 'DET'); j--) {
    if (coded(tokens[j]!, entities)) return true;
  }
  return false;
}

/** Is the token inside an entity mention with an actor code? */
function coded(token: Token, entities: readonly EntityMention[]): boolean {
  return entities.some((e) => e.start <= token.start && token.end <= e.end && e.actor !== undefined && e.actor !== '');
}

/** Where the object phrase after the verb ending at `end` ends, when an infinitive follows it ("to register"; bare after "let": "let refugees cross"); else undefined. */
function infinitiveAfter(tokens: readonly Token[], end: number, clauseEnd: number, bare: boolean): number | undefined {
  let j = end;
  while (j < clauseEnd && j - end < OBJECT_SPAN) {
    // "up to 13,000 refugees": a hedge of a number, no infinitive's "to".
    if (tokens[j]!.normal === 'up' && tokens[j + 1]?.normal === 'to' && tokens[j + 2]?.pos === 'NUM') j += 2;
    else if (tokens[j]!.normal !== 'to' && (OBJECT.has(tokens[j]!.pos) || OBJECT_PREPS.has(tokens[j]!.normal) || participle(tokens, j))) j++;
    else break;
  }
  if (j === end) return undefined;
  const infinitive = bare ? tokens[j]?.pos === 'VERB' : tokens[j]?.normal === 'to' && tokens[j + 1]?.pos === 'VERB';
  return infinitive ? j : undefined;
}

/** Is the token a participle before a noun of the object phrase ("the families of jailed Islamists")? */
function participle(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1]?.pos;
  return tokens[j]!.pos === 'VERB' && tokens[j]!.normal.endsWith('ed') && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ');
}
