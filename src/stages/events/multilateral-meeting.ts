/**
 * A meeting of an international body named as a topic: "preparations for an upcoming meeting of CIS leaders", "the outcome
 * of the Moscow-based CIS summit", "proposals made at an informal CIS summit". Such a summit is neither a meeting of the
 * clause's two leaders nor of the sender of a message that reports it; read as a nominal trigger, it lent the clause's pair
 * (or its subject and addressee) to a meeting of a dozen states. Only after a preposition: "Putin attended the CIS summit"
 * stays the act it is.
 */
import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { firstFrom } from './mention-index.js';

/** Nouns of a gathering of many ("summit", "meeting"); a bilateral "talks" or "visit" is never a body's. */
const GATHERINGS = new Set(['summit', 'meeting', 'session', 'forum', 'conference']);
/** Parts of speech that may stand between a preposition and the gathering noun ("for an upcoming CIS summit", "the planned summit"). */
const MODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM', 'PUNCT', 'VERB']);
/** Parts of speech that end a gathering's "of" phrase. */
const PHRASE_ENDS = new Set(['VERB', 'AUX', 'PUNCT', 'PART']);
/** One word of two capitals or more: an organisation's acronym. */
const ACRONYM = /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/;
/** How many words the phrase may run before or after the noun ("of the heads of CIS member countries"). */
const REACH = 6;

/**
 * Does an international body's mention (actor code IGO…, or an uncoded acronym) lie between two offsets, and no state's beside it? "the Russia-EU
 * summit" is a meeting of two parties, not a body's of many.
 */
function bodyBetween(entities: readonly EntityMention[], from: number, to: number): boolean {
  let body = false;
  for (let n = firstFrom(entities, from); n < entities.length && entities[n]!.start < to; n++) {
    const m = entities[n]!;
    const code = m.actor ?? m.country;
    // An uncoded organisation's acronym counts too ("CIS", "EurAsEC" may carry no code); a spelled-out council of no code
    // may be of two states ("the High-Level Russian-Turkish Cooperation Council").
    if (code?.startsWith('IGO') || (!code && m.type === 'ORG' && ACRONYM.test(m.text))) body = true;
    else if (code) return false;
  }
  return body;
}

/**
 * Is the nominal gathering at `head` a body's meeting named after a preposition? The body stands in the phrase before it
 * ("an informal CIS summit") or in its "of" phrase ("meeting of the heads of CIS member countries").
 */
export function bodyGathering(tokens: readonly Token[], head: number, from: number, to: number, entities: readonly EntityMention[]): boolean {
  if (!GATHERINGS.has(tokens[head]!.lemma.toLowerCase())) return false;
  let k = head - 1;
  while (k >= from && head - k <= REACH && MODIFIERS.has(tokens[k]!.pos) && tokens[k]!.normal !== ',') k--;
  // "after chairing the CIS summit": a verb right after the preposition governs the summit, its object, not a topic of the clause.
  if (k < from || tokens[k]!.pos !== 'ADP' || tokens[k + 1]!.pos === 'VERB') return false;
  if (bodyBetween(entities, tokens[k]!.end, tokens[head]!.start)) return true;
  if (tokens[head + 1]?.normal !== 'of') return false;
  let e = head + 2;
  // The "of" phrase ends at a verb, a comma or another preposition ("… of CIS leaders in Minsk": Minsk is the venue).
  while (e < to && e - head <= REACH && !PHRASE_ENDS.has(tokens[e]!.pos) && !(tokens[e]!.pos === 'ADP' && tokens[e]!.normal !== 'of')) e++;
  return bodyBetween(entities, tokens[head + 1]!.end, tokens[e - 1]!.end);
}
