import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { TIME_PREPS } from './happening.js';
import type { TriggerMatch } from './match-triggers.js';

// Who acts in a verb trigger's "-ing" form that is no finite verb of its own. Read by roles.ts.
// - After a preposition of time, with a main verb before it in its clause: "The Chilean president met Peruvian
//   officials after visiting Bolivia" — the visit is the president's, the subject of "met", not the object's
//   right before it.
// - Opened by a people's adjective after an article or a preposition: "were wounded in Indian shelling", "the
//   Russian shelling of Kharkiv" — a nominal, whose maker the adjective names as "Russia's shelling" does.

/**
 * The subject of the verb that the time phrase of the gerund at `m` hangs on: the last actor group before
 * that verb in the clause. Undefined when the trigger is no such gerund or no verb stands before it.
 */
export function timeGerundSubject(tokens: readonly Token[], m: TriggerMatch, clause: Clause, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || !tokens[m.start]!.normal.endsWith('ing') || !TIME_PREPS.has(tokens[m.start - 1]?.normal ?? '')) return undefined;
  let verb = m.start - 2;
  while (verb >= clause.start && tokens[verb]!.pos !== 'VERB') verb--;
  if (verb < clause.start) return undefined;
  return [...inClause].reverse().find((g) => g.end <= verb && !g.locative && !g.agentive);
}

/** Tags before a people's adjective that make it open a noun phrase ("in Indian shelling", "the Russian shelling"), not a subject. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADP']);

/** Is the people's word an adjective ("Indian"), which the tagger may read as a name, not a plural noun ("Indians")? */
function adjectival(t: Token): boolean {
  return (t.pos === 'ADJ' || t.pos === 'PROPN') && t.normal === t.lemma.toLowerCase();
}

/** Gerunds of a fight between two sides, whose people's adjective alone names where it was fought ("in the Syrian fighting"). */
const MUTUAL_GERUNDS = new Set(['fighting', 'clashing', 'skirmishing']);
/** Words after such a gerund that name a side apart, leaving the adjective the other ("the Russian fighting against rebels"). */
const SIDE_WORDS = new Set(['by', 'of', 'against', 'with']);

/**
 * The people's adjective right before the gerund at `m` that opens its noun phrase ("in Indian shelling"), if any. Not when
 * the gerund modifies a noun after it ("the Israeli shooting victims": the victims are Israeli), nor for a fight between two
 * sides with no side named after it ("the Syrian fighting" is where it was fought).
 */
export function adjectivalMaker(tokens: readonly Token[], m: TriggerMatch, inClause: readonly ActorGroup[]): ActorGroup | undefined {
  if (!tokens[m.start]!.normal.endsWith('ing')) return undefined;
  const next = tokens[m.end];
  if (next?.pos === 'NOUN' || next?.pos === 'PROPN') return undefined;
  if (MUTUAL_GERUNDS.has(tokens[m.start]!.normal) && !SIDE_WORDS.has(next?.normal ?? '')) return undefined;
  return inClause.find((g) => g.end === m.start && !g.agentive && g.mentions.every((x) => x.type === 'NORP') && adjectival(tokens[g.end - 1]!)
    && NOUN_PHRASE_OPENERS.has(tokens[g.start - 1]?.pos ?? ''));
}
