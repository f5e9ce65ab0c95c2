/** An event's side built from an actor group: its entities, its one actor code and its text span. */
import type { Doc, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { actorCode, type ActorGroup } from './actors.js';

/** An event side from a group (or some of its mentions): entity ids, a shared actor code, its text span. */
export function side(doc: Doc, tokens: readonly Token[], group: ActorGroup, mentions: readonly EntityMention[] = group.mentions): EventActor {
  const start = group.bothSides || group.wholeSpan ? tokens[group.start]!.start : mentions[0]!.start;
  const end = group.bothSides || group.wholeSpan ? tokens[group.end - 1]!.end : mentions[mentions.length - 1]!.end;
  const codes = [...new Set(mentions.map((m) => actorCode(m)!))];
  const entities = [...new Set(mentions.map((m) => m.entity))];
  return { entities, ...(codes.length >= 1 && { actor: codes[0]! }), text: doc.text.slice(start, end), start, end };
}

/** A target without the members that belong to the source's own country ("both sides", seen from one of them). */
export function withoutSourceCountry(doc: Doc, tokens: readonly Token[], group: ActorGroup, source: EventActor, target: EventActor): EventActor | undefined {
  const own = source.actor?.slice(0, 3);
  const rest = group.mentions.filter((m) => target.entities.includes(m.entity) && actorCode(m)?.slice(0, 3) !== own);
  if (rest.length === target.entities.length || rest.length === 0) return rest.length === 0 ? undefined : target;
  return side(doc, tokens, group, rest);
}
