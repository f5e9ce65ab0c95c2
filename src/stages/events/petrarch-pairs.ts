import type { EntityMention, EventActor } from '../../core/mention.js';
import { actorCode } from './actors.js';
import type { DraftEvent } from './merge.js';

/**
 * A draft as PETRARCH codes acts between two sides (the events stage's `petrarchPairs` option): a
 * compound source with no target becomes each member acting on each other member ("Gondor and
 * Osgiliath have delayed their meeting"); a reciprocal act's or a converse-coded act's target acts
 * on its source too, with the converse code ("visited" 042, seen from the host 043; "met" both ways).
 */
export function petrarchPairs(d: DraftEvent, entities: readonly EntityMention[]): DraftEvent[] {
  if (d.source && !d.target && d.source.entities.length > 1) {
    const members = d.source.entities.map((e) => member(e, d.source!, entities));
    return members.flatMap((s) => members.filter((t) => t !== s).map((t) => ({ ...d, source: s, target: t })));
  }
  if (!d.source || !d.target) return [d];
  const code = d.converse ?? (d.reciprocal ? d.cameo : undefined);
  if (code === undefined) return [d];
  const targets = d.target.entities.map((e) => member(e, d.target!, entities));
  const sources = d.source.entities.map((e) => member(e, d.source!, entities));
  return [d, ...targets.flatMap((t) => sources.map((s) => ({ ...d, cameo: code, source: t, target: s })))];
}

/** One member of a side, as a side of its own. */
function member(entity: string, side: EventActor, entities: readonly EntityMention[]): EventActor {
  const mention = entities.find((m) => m.entity === entity);
  const code = mention ? actorCode(mention) : undefined;
  return { entities: [entity], ...(code !== undefined && { actor: code }), text: mention?.text ?? side.text };
}
