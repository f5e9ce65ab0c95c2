import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { governedBy } from './governed.js';
import { COORDINATORS } from './governing-tense.js';
import { INTRANSITIVE } from './happening.js';
import type { TriggerMatch } from './match-triggers.js';

// Whom a verb acts on when its object stands in another clause: a participle's pronoun object that
// repeats the previous clause's object, an object "both" standing for an earlier compound, or the
// hearer of "told X that …" for an act in the that-clause, or the names a dash sets after an object that
// names no actor ("met with the leaders of the CIS countries – A, B and C").
// Read by roles.ts.

/** Object pronouns that repeat an earlier object ("expelled two diplomats, accusing them of spying"). */
const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her']);
/** Verbs whose object is the hearer of the clause that follows ("told China that it would not accept"). */
const ADDRESS_VERBS = new Set(['tell', 'inform', 'assure', 'notify', 'remind', 'warn']);

/** The first actor after the first verb of a clause, not a place nor a "by" agent. */
function objectOf(tokens: readonly Token[], clause: Clause, groups: readonly ActorGroup[], verbs: ReadonlySet<string> | undefined): ActorGroup | undefined {
  let verb = clause.start;
  while (verb < clause.end && !(tokens[verb]!.pos === 'VERB' && (!verbs || verbs.has(tokens[verb]!.lemma.toLowerCase())))) verb++;
  if (verb === clause.end) return undefined;
  const object = groups.find((g) => g.start > verb && g.end <= clause.end && !g.locative && !g.agentive);
  // "told his Chinese counterpart": the possessive pronoun is the speaker's; the counterpart's nationality is the hearer.
  const owned = object && tokens[object.start]!.pos === 'PRON' ? groups.find((g) => g.start === object.end && g.end <= clause.end) : undefined;
  return owned ?? object;
}

/** The country code of a group's first mention. */
function countryOf(g: ActorGroup | undefined): string | undefined {
  const m = g?.mentions[0];
  return (m?.country ?? m?.actor)?.slice(0, 3);
}

/**
 * "Ghana expelled two Nigerian diplomats, accusing them of spying": a participle clause whose object
 * is a pronoun acts on the previous clause's object.
 */
export function participleObject(tokens: readonly Token[], verbEnd: number, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (clause.kind !== 'participle' || !OBJECT_PRONOUNS.has(tokens[verbEnd]?.normal ?? '')) return undefined;
  const prev = clauses[clauses.indexOf(clause) - 1];
  return prev ? objectOf(tokens, prev, groups, undefined) : undefined;
}

/**
 * "Japan told China that it would not accept the zone": an act in a that-clause whose subject is the
 * speaker's (inherited, or named as the speaker's side) is aimed at whom the speaker told.
 */
export function hearer(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], subject: ActorGroup | undefined, verbs: ReadonlySet<string> = ADDRESS_VERBS): ActorGroup | undefined {
  if (tokens[clause.start]!.normal !== 'that') return undefined;
  const prev = clauses[clauses.indexOf(clause) - 1];
  if (!prev || prev.end !== clause.start) return undefined;
  // A subject of the clause's own counts when it is the speaker's side: "Britain's foreign secretary told … that London would not accept".
  if (subject && countryOf(subject) !== countryOf(groups.find((g) => g.start >= prev.start && g.end <= prev.end && !g.locative))) return undefined;
  return objectOf(tokens, prev, groups, verbs);
}

/** Words between an address verb and its hearer's name ("told her French counterpart"). */
const HEARER_LEAD = new Set(['DET', 'PRON', 'ADJ']);
/** How many head nouns may follow the hearer's name ("French foreign minister"). */
const HEAD_NOUNS = 2;

/**
 * "Merkel told her French counterpart Berlin backed his proposal": with no "that", the hearer is the
 * group right before the act's subject, after a verb of telling; the subject must be the speaker's side.
 */
export function zeroThatHearer(tokens: readonly Token[], clause: Clause, groups: readonly ActorGroup[], subject: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject) return undefined;
  const i = groups.indexOf(subject);
  const heard = groups[i - 1];
  if (!heard || heard.locative || heard.agentive || heard.start < clause.start || subject.start - heard.end > HEAD_NOUNS) return undefined;
  // Only the hearer's head nouns between: "her French counterpart Berlin …".
  for (let j = heard.end; j < subject.start; j++) if (tokens[j]!.pos !== 'NOUN') return undefined;
  let k = heard.start - 1;
  while (k > clause.start && HEARER_LEAD.has(tokens[k]!.pos)) k--;
  if (tokens[k]?.pos !== 'VERB' || !ADDRESS_VERBS.has(tokens[k]!.lemma.toLowerCase())) return undefined;
  const speaker = [...groups].reverse().find((g) => g.end <= k && g.start >= clause.start && !g.locative);
  return speaker && countryOf(speaker) === countryOf(subject) ? heard : undefined;
}

/** Verbs of warning: whom they warn is whom the act warned of is aimed at. */
const WARNING_VERBS = new Set(['warn', 'caution']);

/**
 * "Athens warned Ankara that it would respond to any violation of Greek airspace": an act in a
 * that-clause after a warning whose object is the speaker's own country (its airspace, its people)
 * is aimed at whom the speaker warned.
 */
export function warnedOver(tokens: readonly Token[], object: ActorGroup, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], subject: ActorGroup | undefined): ActorGroup | undefined {
  if (!subject || countryOf(subject) !== countryOf(object)) return undefined;
  return hearer(tokens, clause, clauses, groups, subject, WARNING_VERBS);
}

/** Words after an object "both" that show it stands alone as the object ("accused both of interfering", "urged both to talk"). */
const AFTER_BOTH = new Set(['of', 'to', 'for', 'over', ',', '.']);

/**
 * "Kenya and Ethiopia signed a pact, while Somalia accused both of interfering": "both" as the
 * object stands for the last compound actor named before the verb's clause.
 */
export function bothObject(tokens: readonly Token[], verbEnd: number, clause: Clause, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (tokens[verbEnd]?.normal !== 'both' || !AFTER_BOTH.has(tokens[verbEnd + 1]?.normal ?? '')) return undefined;
  return [...groups].reverse().find((g) => g.end <= clause.start && g.mentions.length > 1 && !g.locative && !g.bothSides);
}

/** Dashes that set off a list naming the phrase before them. */
const DASHES = new Set(['–', '—']);
/** Words an object that names no actor may have before the dash ("the leaders of the CIS countries"). */
const PLAIN_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'ADP', 'PROPN']);

/**
 * "Putin met with the leaders of the CIS countries – Moldovan President Vladimir Voronin, …": when the
 * verb's clause names no actor after it and ends at a dash, the group that opens the next clause is
 * whom the object names.
 */
export function dashListObject(tokens: readonly Token[], verbEnd: number, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (!DASHES.has(tokens[clause.end]?.normal ?? '') || verbEnd >= clause.end) return undefined;
  for (let k = verbEnd; k < clause.end; k++) if (!PLAIN_OBJECT.has(tokens[k]!.pos)) return undefined;
  if (groups.some((g) => g.start >= verbEnd && g.start < clause.end)) return undefined;
  const next = clauses[clauses.indexOf(clause) + 1];
  return next && groups.find((g) => g.start === next.start && !g.locative);
}

/**
 * "Russian troops shelled and bombed Ukrainian positions", "Peru condemned and rejected the Chilean proposal": a
 * bare verb joined to a next verb (over an adverb: "donated and personally delivered") shares that verb's object.
 * roles.ts reads it before the other fallbacks: an object the sentence gives the verb beats one guessed from around it.
 */
export function sharedObject(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || m.used.length > 0 || !COORDINATORS.has(tokens[m.end]?.normal ?? '')) return undefined;
  // "Chilean troops arrived and arrested two smugglers": a verb that takes no object shares none.
  if (INTRANSITIVE.has(tokens[m.head]!.lemma.toLowerCase())) return undefined;
  let k = m.end + 1;
  if (tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.pos !== 'VERB') return undefined;
  const next: TriggerMatch = { ...m, head: k, start: k, end: k + 1 };
  return groups.find((g) => g.start > k && !g.locative && !g.agentive && governedBy(tokens, g, next));
}
