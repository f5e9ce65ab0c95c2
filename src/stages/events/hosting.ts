import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { TIME_PREPS } from './happening.js';
import type { TriggerMatch } from './match-triggers.js';

// Which side a hosted visit is coded from. The PLOVER manual (CONSULT, "visit" mode): "the visitor
// will always be coded as the actor and the host will be the recipient". So a host who "received the
// visiting Chinese foreign minister" or "hosted his Turkish counterpart" is the target of the guest's
// visit (CAMEO 042, with 043, hosting, as its converse), as a welcome of a guest already is
// (courtesy.ts). So is an official called "visiting" by the verb he is object of ("Xi told visiting U.S.
// Secretary of State Antony Blinken", "Abe met with visiting Indonesian President Joko Widodo"): the
// visit and the meeting are his, the subject their host. Read by draft.ts.

/** CAMEO "make a visit": whom a visit is paid to is where the visitor arrives ("arrived in Amman") or the host. */
export const VISIT = '042';
/** CAMEO "host a visit", the converse of a visit coded from the visitor. */
export const HOST = '043';

/** Nouns that make the hosted phrase an official guest ("his Turkish counterpart", "Sudan's army chief"), not refugees or a summit. */
const GUEST_TITLES = new Set([
  'president', 'minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'prince', 'emir', 'sheikh', 'counterpart',
  'delegation', 'envoy', 'chief', 'secretary', 'ambassador', 'speaker', 'commander', 'monarch', 'sultan', 'head',
]);
/** Words that may stand between the hosting verb and its guest's name ("received the visiting Chinese foreign minister"). */
const OBJECT_LEAD = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
/** How many words after the guest's name its head noun may stand ("Chinese deputy foreign minister"). */
const HEAD_REACH = 4;

/** Does the group name an official: a person or a title noun in its phrase (not a body met: "will host the General Assembly")? */
function official(tokens: readonly Token[], g: ActorGroup): boolean {
  if (g.mentions.some((x) => x.type === 'PERSON')) return true;
  for (let k = g.start; k < g.end + HEAD_REACH && k < tokens.length; k++) {
    if (k >= g.end && !['NOUN', 'PROPN', 'ADJ', 'PART'].includes(tokens[k]!.pos)) break;
    if (GUEST_TITLES.has(tokens[k]!.normal)) return true;
  }
  return false;
}

/** Is the group the hosting verb's direct object: only determiners, owners, adjectives and "visiting" between them? */
function directGuest(tokens: readonly Token[], m: TriggerMatch, g: ActorGroup): boolean {
  let k = g.start - 1;
  while (k >= m.end && !m.used.includes(k) && (OBJECT_LEAD.has(tokens[k]!.pos) || tokens[k]!.normal.endsWith('ing'))) k--;
  return k < m.end || m.used.includes(k);
}

/**
 * Is the draft's trigger a verb of hosting whose other side is an official guest, named as its object
 * ("Nazarbayev received the visiting Chinese foreign minister") or as a passive's subject ("The Brazilian
 * president was hosted by his Argentine counterpart", whose roles already come as the active's)?
 */
export function hostedGuest(tokens: readonly Token[], m: TriggerMatch, host: ActorGroup | undefined, guest: ActorGroup | undefined): boolean {
  if (m.code !== HOST || m.kind !== 'verb' || m.swapped || !host || !guest || guest.locative) return false;
  if (guest.start > m.start && !directGuest(tokens, m, guest)) return false;
  return official(tokens, guest);
}

/** Parts of speech before an attributive "visiting" that show it opens a noun phrase: a determiner, a verb or a preposition ("met with visiting …"). */
const ATTRIBUTE_LEAD = new Set(['DET', 'VERB', 'ADP', 'AUX']);

/**
 * Is the trigger an attributive "visiting" right before the visitor's name ("Xi told visiting U.S. Secretary
 * of State Antony Blinken", "met the visiting Polish president"), so that its object is the visitor and its
 * subject the host? Not after a preposition of time (TIME_PREPS), whose "visiting" is the subject's own
 * visit ("returned home after visiting Ankara").
 */
export function visitingAttribute(tokens: readonly Token[], m: TriggerMatch, visitor: ActorGroup | undefined): boolean {
  if (m.code !== VISIT || m.kind !== 'verb' || m.end - m.start !== 1 || !visitor || visitor.locative) return false;
  if (!tokens[m.start]!.normal.endsWith('ing') || visitor.start !== m.end) return false;
  const before = tokens[m.start - 1];
  return before !== undefined && ATTRIBUTE_LEAD.has(before.pos) && before.lemma.toLowerCase() !== 'be' && !TIME_PREPS.has(before.normal);
}

/** CAMEO root of consulting (04): meetings, talks, visits. */
const CONSULTING = '04';

/**
 * Is the object of a meeting an official called "visiting" ("Putin met with visiting Polish President
 * Andrzej Duda", "held talks with the visiting Chinese premier")? Then the visitor is the meeting's
 * actor and the one met its host.
 */
export function visitingObject(tokens: readonly Token[], m: TriggerMatch, guest: ActorGroup | undefined): boolean {
  if (!m.code.startsWith(CONSULTING) || !guest || guest.locative || guest.start <= m.start) return false;
  let k = guest.start - 1;
  while (k >= m.end && tokens[k]!.pos === 'DET') k--;
  return k >= m.end && tokens[k]!.normal === 'visiting';
}
