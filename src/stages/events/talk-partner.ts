import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { CONSULTING, verbBetween } from './governed.js';
import type { TriggerMatch } from './match-triggers.js';

// Whom talks are held with. A verb of consultation names its topic as its object and its partner
// after "with": "Amr Moussa discussed the Iraqi crisis by telephone with his Saudi counterpart",
// "reviewed Kuchma's proposal with the Ukrainian prime minister". An actor that only modifies the
// topic ("Iraqi", "Kuchma's") is what the talk is about; the one named after "with" is whom it is
// held with. Read by roles.ts.

/** Words that may stand between "with" and a partner's name ("with their Belarusian partners", "with the new Chilean government"). */
const PARTNER_LEAD = new Set(['DET', 'PRON', 'ADJ', 'NUM']);
/** Owner marks after an actor that make it a modifier of the noun after it ("Kuchma's proposal"). */
const OWNER_MARKS = new Set(["'s", '’s', "'", '’']);

/** Is the group starting at token `start` introduced by "with", over at most three determiners, possessives and adjectives? */
export function partnerWith(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 4); i--) {
    const t = tokens[i]!;
    if (t.normal === 'with') return true;
    if (!PARTNER_LEAD.has(t.pos)) return false;
  }
  return false;
}

/** Is the group a modifier of a noun after it (an adjective of the topic: "the Iraqi crisis", or its owner: "Kuchma's proposal")? */
function modifiesNoun(tokens: readonly Token[], g: ActorGroup): boolean {
  const next = tokens[g.end];
  if (!next) return false;
  if (OWNER_MARKS.has(next.normal)) return true;
  return next.pos === 'NOUN' && g.mentions.every((x) => x.type !== 'PERSON');
}

/**
 * The partner a verb of consultation names after "with", later in its clause and with no verb on the
 * way, when its object is only a modifier of the topic noun ("discussed the Iraqi crisis … with his
 * Saudi counterpart"); undefined when the object is itself a side or no such partner is named.
 */
export function talkPartner(tokens: readonly Token[], m: TriggerMatch, object: ActorGroup | undefined, after: readonly ActorGroup[], clauseEnd: number): ActorGroup | undefined {
  if (!object || m.kind !== 'verb' || !m.code.startsWith(CONSULTING) || object.start < m.end || partnerWith(tokens, object.start) || !modifiesNoun(tokens, object)) return undefined;
  const partner = after.find((g) => g.start > object.end && g.start < clauseEnd && !g.locative && !g.agentive && partnerWith(tokens, g.start));
  return partner && !verbBetween(tokens, object.end, partner.start) ? partner : undefined;
}
