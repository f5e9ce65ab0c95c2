/**
 * A condemned act only a state does, named with its place and no doer: "The United States condemned
 * the execution of two opposition activists in Iran", "Britain criticised the crackdown on protesters
 * in Myanmar". Executions, hangings, arrests, detentions and crackdowns are acts of the authorities
 * where they happen, so the criticism is aimed at that state (PLOVER ACCUSE: "criticize … responsible
 * parties"). Only when the criticism has no target of another state already and the act names no
 * doer ("by security forces" is read as it is): a state of the text is the target, never a guess.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { actorCode, sentenceGroups } from './actors.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';

/** Acts of a state's authorities: the state where they happen is their doer. */
const STATE_ACTS = new Set([
  'execution', 'executions', 'hanging', 'hangings', 'arrest', 'arrests', 'detention', 'detentions',
  'crackdown', 'crackdowns', 'jailing', 'jailings', 'imprisonment', 'sentencing',
]);
/** Tags between the criticism and the act ("the violent", "the recent"). */
const BEFORE_ACT = new Set(['DET', 'ADJ', 'ADV']);
/** Tags the act's phrase may hold before its place ("of two opposition activists", "on peaceful protesters"). */
const IN_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PUNCT']);
/** How many words the act's phrase may run before its place. */
const REACH = 10;

/** The token index of the act's place preposition "in" (no doer named before it); or -1. */
function placeIn(tokens: readonly Token[], from: number, end: number): number {
  let k = from + 1;
  while (k < end && BEFORE_ACT.has(tokens[k]!.pos)) k++;
  if (k >= end || !STATE_ACTS.has(tokens[k]!.normal)) return -1;
  for (let j = k + 1; j < end && j <= k + REACH; j++) {
    const t = tokens[j]!;
    if (t.normal === 'in') return j;
    if (t.normal === 'by' || t.normal === ',' || t.normal === ';' || !IN_PHRASE.has(t.pos)) return -1;
  }
  return -1;
}

/** The criticism aimed at the state where the condemned state act happened, when it had no target of another state. */
export function condemnedStateAct(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[], d: DraftEvent): DraftEvent {
  if (d.plover !== 'ACCUSE' || d.cameo !== '111' || !d.source?.actor) return d;
  const own = d.source.actor.slice(0, 3);
  if (d.target?.actor !== undefined && d.target.actor.slice(0, 3) !== own) return d;
  const prep = placeIn(tokens, d.tokens[d.tokens.length - 1]!, sentence.endToken);
  if (prep < 0) return d;
  const place = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad).find((g) => g.prep === prep);
  const code = place?.mentions.length === 1 ? actorCode(place.mentions[0]!) : undefined;
  if (!place || code === undefined || code.length !== 3 || code === own) return d;
  // A doer named after the place ("the execution of a soldier in Syria by Islamic State militants") is read as it is.
  if (tokens.slice(place.end, Math.min(place.end + 2, sentence.endToken)).some((t) => t.normal === 'by')) return d;
  return { ...d, target: side(doc, tokens, place) };
}
