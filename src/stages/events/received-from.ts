/**
 * A message a subject receives from someone is that someone's act on the subject: "The Qatari emir received
 * a telephone call from Iranian President Masoud Pezeshkian", "Kabul got a letter from Islamabad". The verb's
 * object after "from" is the source, its subject the target. People received are the receiver's act
 * ("received a mission of observers from the OSCE" lets them in).
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

/** Verbs of receiving: their "from" names who did the act. */
const RECEIVING = new Set(['receive', 'get']);
/** Nouns of what is sent or paid to someone: a message, a call, a request, a visit. */
const MESSAGES = new Set(['call', 'calls', 'letter', 'letters', 'message', 'messages', 'invitation', 'invitations', 'request', 'requests', 'note',
  'proposal', 'proposals', 'offer', 'offers', 'visit', 'visits', 'appeal', 'appeals', 'complaint', 'protest', 'warning', 'ultimatum', 'assurances', 'pledge']);
/** How many words may stand between the verb and "from" ("received a telephone call on Wednesday from"). */
const REACH = 8;

/** Does a message noun stand between the verb and the group? */
function messageBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < from + REACH; k++) if (MESSAGES.has(tokens[k]!.normal)) return true;
  return false;
}

/** Words that may stand between "from" and the name ("from the visiting Iranian president", "from his Turkish counterpart"). */
const LEAD = new Set(['DET', 'ADJ', 'PRON']);

/** Does "from" open the group, over at most two determiners, adjectives and possessives? */
function fromBefore(tokens: readonly Token[], g: ActorGroup): boolean {
  let k = g.start - 1;
  while (k > g.start - 3 && k >= 0 && LEAD.has(tokens[k]!.pos)) k--;
  return tokens[k]?.normal === 'from';
}

/** Is the trigger a verb of receiving a message whose target is named after "from", so that the two sides are the other way round? */
export function receivedFrom(tokens: readonly Token[], m: TriggerMatch, target: ActorGroup | undefined): boolean {
  return m.kind === 'verb' && !m.swapped && target !== undefined && !target.locative
    && RECEIVING.has(tokens[m.head]!.lemma.toLowerCase()) && fromBefore(tokens, target) && messageBetween(tokens, m.end, target.start);
}
