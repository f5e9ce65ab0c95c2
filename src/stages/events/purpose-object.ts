import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';
import { FORCE_ROOTS } from './cameo-roots.js';
import { DETERMINERS } from './subjects.js';

// "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators": force used with no
// object of its own is aimed at whom its purpose infinitive acts on, when that infinitive is one of
// crowd control; "will send troops to help guard Afghanistan's northern border": help is for whom its
// purpose infinitive's object belongs to or where it lies; "sent 21 personnel to Bosnia to investigate the
// feasibility of a force": an investigation in a purpose infinitive is of where its investigators were sent.
// Read by roles.ts.

/** Verbs of crowd control after "to": their object is whom the force was used on. */
const CONTROL_VERBS = new Set(['disperse', 'scatter', 'quell', 'repel', 'subdue', 'break', 'drive', 'push', 'stop', 'halt', 'contain']);
/** How many words may stand between the trigger and the purpose's "to" ("opened fire on Monday night to …"). */
const REACH = 6;
/** Words of an object before its actor ("the Moslem fundamentalist demonstrators" has none; "crowds of"). */
const BEFORE_OBJECT = new Set(['DET', 'ADJ', 'NUM']);

/** The actor the crowd-control infinitive after a force trigger acts on, or nothing. */
export function purposeObject(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  if (m.kind !== 'verb' || !FORCE_ROOTS.has(m.code.slice(0, 2))) return undefined;
  let k = m.end;
  while (k < end && k - m.end < REACH && tokens[k]!.normal !== 'to' && tokens[k]!.pos !== 'VERB' && tokens[k]!.normal !== ',') k++;
  if (tokens[k]?.normal !== 'to' || !CONTROL_VERBS.has(tokens[k + 1]?.lemma.toLowerCase() ?? '') || tokens[k + 1]!.pos !== 'VERB') return undefined;
  let j = k + 2;
  if (tokens[j]?.pos === 'ADP' && (tokens[j]!.normal === 'up' || tokens[j]!.normal === 'back')) j++;
  while (j < end && BEFORE_OBJECT.has(tokens[j]!.pos)) j++;
  return groups.find((g) => g.start === j && !g.locative && !g.agentive);
}

/** CAMEO codes of aid given (07) and promised (033): their purpose names whom they help. */
const AID_CODES = ['07', '033'];
/** Verbs of a help's purpose whose object, its owner or its place is whom the help is for ("to help guard", "to rebuild", "to train"). */
const HELPING_VERBS = new Set(['help', 'assist', 'guard', 'protect', 'defend', 'secure', 'rebuild', 'reconstruct', 'train', 'patrol', 'police', 'feed',
  'equip', 'stabilise', 'stabilize', 'restore', 'repair', 'clear', 'demine', 'strengthen', 'monitor']);
/** How many words the object of the purpose verb may have before its actor ("roads in southern Sudan"). */
const OBJECT_REACH = 5;
/** Prepositions after which a place is where the purpose's object lies ("roads in southern Sudan"). */
const OBJECT_PLACES = new Set(['in', 'inside', 'across', 'throughout']);

/** Is the token at `k` a helping verb (the tagger reads "help" as a noun too)? */
function helping(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && HELPING_VERBS.has(t.lemma.toLowerCase()) && (t.pos === 'VERB' || t.normal === 'help');
}

/**
 * The actor that help with no recipient of its own is for, named in its purpose infinitive: the
 * object's owner or the object itself ("to help guard Afghanistan's northern border", "to help train
 * Iraqi security forces") or the place the object lies in ("to help rebuild roads in southern Sudan").
 */
export function helpedObject(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  if (!AID_CODES.some((c) => m.code.startsWith(c))) return undefined;
  let k = m.end;
  while (k < end && k - m.end < REACH && tokens[k]!.normal !== 'to' && tokens[k]!.pos !== 'VERB' && tokens[k]!.normal !== ',') k++;
  if (tokens[k]?.normal !== 'to' || !helping(tokens, k + 1)) return undefined;
  let j = k + 2;
  // "to help guard", "to help to rebuild": the verb after "help" is the one whose object counts.
  if (tokens[j]?.normal === 'to') j++;
  while (j < end && helping(tokens, j)) j++;
  return objectActor(tokens, j, groups, end);
}

/** Verbs of helping whose bare verb after them (which the tagger often reads as a noun) says how ("helped train", "help rebuild"). */
const HELP_LEMMAS = new Set(['help', 'assist']);

/**
 * The actor "help" followed by a bare verb is aimed at: that verb's object, its owner or its place
 * ("helped train Georgian soldiers", "helped arm Hezbollah fighters against Israel", "will help rebuild
 * schools in Iraq"), not an opponent named further on, which the verb read as a noun let through.
 */
export function helpVerbObject(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  if (m.kind !== 'verb' || !HELP_LEMMAS.has(tokens[m.head]!.lemma.toLowerCase())) return undefined;
  const j = tokens[m.end]?.normal === 'to' ? m.end + 1 : m.end;
  const verb = tokens[j];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'NOUN') || verb.normal !== verb.lemma.toLowerCase() || tokens[j + 1]?.pos === 'ADP') return undefined;
  return objectActor(tokens, j + 1, groups, end);
}

/** The first actor of the object phrase that starts at `j`: itself, its owner, or the place it lies in; none past a comma or a verb. */
function objectActor(tokens: readonly Token[], j: number, groups: readonly ActorGroup[], end: number): ActorGroup | undefined {
  return groups.find((g) => g.start >= j && g.start - j <= OBJECT_REACH && g.end <= end && !g.agentive
    && (!g.locative || OBJECT_PLACES.has(tokens[g.prep]?.normal ?? '')) && !anyBreak(tokens, j, g.start));
}

/** Is there a comma or a verb in `[from, to)`, which ends the purpose's object? */
function anyBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.normal === ',' || tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** Verbs of sending people somewhere (lemmas). */
const SENDING = new Set(['send', 'dispatch', 'despatch', 'deploy']);
/** How many words may stand between the sending verb and the purpose's "to" ("sent 21 military and civilian personnel to Bosnia on Wednesday"). */
const SEND_REACH = 14;

/**
 * The place after "to" of a sending verb whose purpose infinitive is the investigation (CAMEO 09) `m`, which has no
 * actor object of its own. Only investigation: talks in a purpose infinitive ("sent a delegation to Geneva to
 * negotiate") are held at a venue, not with it.
 */
export function sentToPlace(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || !m.code.startsWith('09') || tokens[m.start - 1]?.normal !== 'to') return undefined;
  let send = -1;
  for (let j = m.start - 2; j >= 0 && j >= m.start - 1 - SEND_REACH && send < 0; j--) {
    const t = tokens[j]!;
    if (t.normal === '.' || t.normal === ';' || t.normal === ',') return undefined;
    if (t.pos === 'VERB') {
      if (!SENDING.has(t.lemma.toLowerCase())) return undefined;
      send = j;
    }
  }
  return send < 0 ? undefined : groups.find((g) => g.start > send && g.end < m.start && !g.agentive && afterTo(tokens, g.start, send));
}

/** Is the group at `start` the object of a "to" after the verb at `verb` (over determiners)? */
function afterTo(tokens: readonly Token[], start: number, verb: number): boolean {
  let k = start - 1;
  while (k > verb && DETERMINERS.has(tokens[k]!.pos)) k--;
  return k > verb && tokens[k]!.normal === 'to' && tokens[k]!.pos === 'ADP';
}
