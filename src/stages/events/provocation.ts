/**
 * Whom a show of force answers. PLOVER's MOBILIZE recipient is the one the actor mobilizes against
 * "if that is clear"; a wire report makes it clear by naming the act the move follows or answers:
 * "put its armed forces on alert after the United States sent warships", "scrambled fighter jets
 * after two Chinese bombers flew close to Okinawa", "ordered the mobilisation of militias in
 * response to the US naval build-up", "dispatched to shadow a Turkish research ship".
 */
import type { Sentence, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { actorCode } from './actors.js';
import type { DraftEvent } from './merge.js';

/** Words that introduce the act a show of force answers, each a run of token forms. */
const CUES: readonly (readonly string[])[] = [
  ['after'], ['following'], ['in', 'response', 'to'], ['in', 'reaction', 'to'], ['to', 'shadow'], ['to', 'counter'], ['to', 'deter'],
];
/** How many words may stand between the cue and the actor's name ("after the", "after two", "to shadow a"). */
const REACH = 3;
/** Parts of speech of those words: determiners, numbers and adjectives only, so the name opens the cue's phrase. */
const BETWEEN = new Set(['DET', 'NUM', 'ADJ']);

/** Does the cue's run of words start at token `k`? */
function cueAt(tokens: readonly Token[], k: number, end: number, cue: readonly string[]): boolean {
  if (k + cue.length > end) return false;
  return cue.every((w, i) => tokens[k + i]!.normal === w);
}

/** The actor whose name opens the phrase after `from`, if any, skipping determiners, numbers and adjectives. */
function openingActor(tokens: readonly Token[], from: number, end: number, mentions: readonly EntityMention[]): EntityMention | undefined {
  for (let k = from; k < Math.min(end, from + REACH + 1); k++) {
    const m = mentions.find((x) => x.start === tokens[k]!.start && actorCode(x) !== undefined);
    if (m) return m;
    if (!BETWEEN.has(tokens[k]!.pos)) return undefined;
  }
  return undefined;
}

/**
 * The draft with a target when it is a show of force (PLOVER MOBILIZE) with a source and no target,
 * and a cue after its trigger names an actor of another country right away; else the draft as it is.
 */
export function aimAtProvoker(d: DraftEvent, tokens: readonly Token[], sentence: Sentence, mentions: readonly EntityMention[]): DraftEvent {
  if (d.plover !== 'MOBILIZE' || d.target || !d.source?.actor || d.tokens.length === 0) return d;
  const own = d.source.actor.slice(0, 3);
  for (let k = Math.max(...d.tokens) + 1; k < sentence.endToken; k++) {
    const cue = CUES.find((c) => cueAt(tokens, k, sentence.endToken, c));
    if (!cue) continue;
    const m = openingActor(tokens, k + cue.length, sentence.endToken, mentions);
    if (!m || actorCode(m)!.slice(0, 3) === own) return d;
    const target: EventActor = { entities: [m.entity], actor: actorCode(m)!, text: m.text, start: m.start, end: m.end };
    return { ...d, target, rule: `${d.rule}+answered` };
  }
  return d;
}
