/**
 * Exercises held by two states together. PLOVER files "military exchanges such as joint military
 * games and maneuvers" under COOPERATE; a wire lead often leaves out the word "joint" and names both
 * states as the subject instead: "French and Egyptian warships launched 10 days of war games",
 * "Russian and Belarusian troops began drills". One side's exercises stay a show of force (MOBILIZE).
 */
import type { Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { actorCode } from './actors.js';
import type { DraftEvent } from './merge.js';

/** Words of the exercise patterns (CAMEO 150) that name manoeuvres, not tests or deployments. */
const EXERCISES = new Set(['exercise', 'exercises', 'drill', 'drills', 'games', 'manoeuvres', 'maneuvers']);
/** CAMEO "demonstrate military or police power" and "engage in military cooperation". */
const SHOW_OF_FORCE = '150';
const MILITARY_COOPERATION = '062';

/** The entity's country code (first three letters of its actor code), if it has one. */
function countryOf(entity: string, mentions: readonly EntityMention[]): string | undefined {
  const m = mentions.find((x) => x.entity === entity && actorCode(x) !== undefined);
  return m ? actorCode(m)!.slice(0, 3) : undefined;
}

/**
 * The draft recoded as military cooperation (062, one act of both sides, the first named as
 * source and the others as target) when it is exercises whose source names two or more countries
 * and no target is known; else the draft as it is.
 */
export function jointExercise(d: DraftEvent, tokens: readonly Token[], mentions: readonly EntityMention[]): DraftEvent {
  if (d.cameo !== SHOW_OF_FORCE || d.target || !d.source || d.source.entities.length < 2) return d;
  if (!d.tokens.some((k) => EXERCISES.has(tokens[k]?.normal ?? ''))) return d;
  const [first, ...others] = d.source.entities;
  const own = countryOf(first!, mentions);
  const rest = others.filter((e) => { const c = countryOf(e, mentions); return c !== undefined && c !== own; });
  if (!own || rest.length === 0) return d;
  const named = (entities: readonly string[]): EventActor => {
    const m = mentions.find((x) => x.entity === entities[0]);
    return { entities, ...(m && actorCode(m) && { actor: actorCode(m)! }), text: m?.text ?? d.source!.text, ...(m && { start: m.start, end: m.end }) };
  };
  const { mode: _show, ...rest0 } = d;
  return { ...rest0, cameo: MILITARY_COOPERATION, plover: 'COOPERATE', reciprocal: true, source: named([first!]), target: named(rest), rule: `${d.rule}+joint` };
}
