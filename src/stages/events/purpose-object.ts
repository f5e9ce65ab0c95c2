import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

// "Egyptian police opened fire to disperse Moslem fundamentalist demonstrators": force used with no
// object of its own is aimed at whom its purpose infinitive acts on, when that infinitive is one of
// crowd control. Read by roles.ts.

/** Verbs of crowd control after "to": their object is whom the force was used on. */
const CONTROL_VERBS = new Set(['disperse', 'scatter', 'quell', 'repel', 'subdue', 'break', 'drive', 'push', 'stop', 'halt', 'contain']);
/** CAMEO roots of force and repression, whose purpose names whom they hit. */
const FORCE_ROOTS = new Set(['17', '18', '19']);
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
