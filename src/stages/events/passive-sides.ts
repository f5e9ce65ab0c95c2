import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { actorRightAfter } from './actor-after.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { actNoun } from './noun-roles.js';

// Sides that a "by" phrase or a passive gives besides the passive's own subject and agent: whom a
// thing moved is handed to, the actor that owns a subject phrase naming no actor itself, and the
// leader of a group that acts ("a delegation led by …"). Read by roles.ts.

/** Words that may stand between "to" and the recipient's name ("to the Afghan border", "to neighbouring Spain"). */
const RECIPIENT_LEAD = new Set(['DET', 'ADJ', 'NUM']);
/** How many such words may stand there. */
const RECIPIENT_LEAD_MAX = 3;

/**
 * The group after "to" right after a passive verb (or after the pattern's own words), over at most
 * three determiners and adjectives: "was extradited to Spain by France", "were sent to the Afghan
 * border by Uzbekistan". Whom the thing or the people moved are handed or sent to.
 */
export function passiveRecipient(tokens: readonly Token[], after: readonly ActorGroup[], m: TriggerMatch): ActorGroup | undefined {
  const to = afterMatch(m);
  if (tokens[to]?.normal !== 'to') return undefined;
  const g = after.find((x) => x.start > to && x.start <= to + 1 + RECIPIENT_LEAD_MAX && !x.agentive && !x.locative);
  if (!g) return undefined;
  for (let k = to + 1; k < g.start; k++) if (!RECIPIENT_LEAD.has(tokens[k]!.pos)) return undefined;
  return g;
}

/**
 * The "by" agent inside a passive's subject phrase, when that phrase names no actor of its own: "The
 * peace plan put forward by Norway was endorsed", "A proposal by Ecuador … was rejected". What is
 * done to the plan or the proposal is done to whoever made it. Only an agent of a noun or of a
 * participle of the subject, with no finite verb of another clause between.
 */
export function subjectPhraseAgent(tokens: readonly Token[], inClause: readonly ActorGroup[], clauseStart: number, verb: number): ActorGroup | undefined {
  const g = inClause.find((x) => x.agentive && x.start >= clauseStart && x.end <= verb);
  if (!g) return undefined;
  let by = g.start - 1;
  while (by > clauseStart && tokens[by]!.normal !== 'by') by--;
  if (tokens[by]?.normal !== 'by' || by - 1 < clauseStart) return undefined;
  // The subject noun comes first: "by" may follow it or its participle ("put forward by", "made by", "signed by").
  let noun = clauseStart;
  while (noun < by && tokens[noun]!.pos !== 'NOUN') noun++;
  if (noun >= by) return undefined;
  // "Protesters enraged over the shooting of a teenager by police": a "by" right after a later noun is that noun's act's agent,
  // unless the subject noun is an act itself whose own phrase runs up to it ("The attack on the Chilean embassy by Peruvian students").
  if (by - 1 > noun && tokens[by - 1]!.pos === 'NOUN' && !ownPhraseAgent(tokens, clauseStart, noun, by)) return undefined;
  for (let k = noun + 1; k < by; k++) if (tokens[k]!.pos === 'AUX') return undefined;
  return g;
}

/**
 * The "by" agent inside a subject phrase headed by an act ("The attack on the Chilean embassy by
 * Peruvian students was condemned"): what is done to the act is done to its author, before any
 * victim the phrase names.
 */
export function actSubjectAgent(tokens: readonly Token[], inClause: readonly ActorGroup[], clauseStart: number, verb: number): ActorGroup | undefined {
  let noun = clauseStart;
  while (noun < verb && tokens[noun]!.pos !== 'NOUN') noun++;
  return noun < verb && actHead(tokens, clauseStart, noun) ? subjectPhraseAgent(tokens, inClause, clauseStart, verb) : undefined;
}

/** Words that may stand before the act noun that heads the subject ("The renewed attack"). */
const HEAD_LEAD = new Set(['DET', 'ADJ', 'NUM']);
/** Words of an act noun's own phrase before its "by" agent ("attack on the Chilean embassy by"). */
const OWN_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Is the noun at `noun` the head of the subject starting at `from` (only determiners and adjectives before it), and an act? */
function actHead(tokens: readonly Token[], from: number, noun: number): boolean {
  for (let k = from; k < noun; k++) if (!HEAD_LEAD.has(tokens[k]!.pos)) return false;
  return actNoun(tokens[noun]!);
}

/** Is the noun at `noun` an act heading the subject whose own phrase, with no verb, runs up to the "by" at `by`? */
function ownPhraseAgent(tokens: readonly Token[], from: number, noun: number, by: number): boolean {
  if (!actHead(tokens, from, noun)) return false;
  for (let k = noun + 1; k < by; k++) if (!OWN_PHRASE.has(tokens[k]!.pos)) return false;
  return true;
}

/** Participles of leading: the agent after them is the side of the body led ("a delegation led by the Thai Deputy Prime Minister"). */
const LEADING = new Set(['led', 'headed', 'commanded', 'chaired']);

/**
 * Is the agentive group the leader of a noun before it ("A delegation led by Thai Deputy Prime
 * Minister Chuan Leekpai held talks", "rebels led by Charles Taylor attacked")? Then the group acts
 * for that noun: it may be the subject of the verb after it.
 */
export function ledByAgent(tokens: readonly Token[], g: ActorGroup): boolean {
  if (!g.agentive) return false;
  let by = g.start - 1;
  while (by > 0 && tokens[by]!.normal !== 'by' && RECIPIENT_LEAD.has(tokens[by]!.pos)) by--;
  return tokens[by]?.normal === 'by' && LEADING.has(tokens[by - 1]?.normal ?? '') && tokens[by - 2]?.pos === 'NOUN';
}

/** Words of a noun phrase before a participle's comma ("the Russian-US initiative, supported by …"). */
const PHRASE_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The actors of the noun phrase a participle set off by a comma hangs on: "the Russian-US
 * initiative, supported by UN Security Council Resolution 2268" supports the initiative of Russia
 * and the United States. Every group inside the phrase, joined into one side.
 */
export function participleNounActors(tokens: readonly Token[], groups: readonly ActorGroup[], comma: number): ActorGroup | undefined {
  let start = comma;
  while (start - 1 >= 0 && (PHRASE_WORDS.has(tokens[start - 1]!.pos) || (tokens[start - 1]!.normal === '-' && tokens[start - 2]?.pos === 'PROPN'))) start--;
  const inside = groups.filter((g) => g.start >= start && g.end <= comma && !g.locative && !g.agentive);
  if (inside.length === 0) return undefined;
  const [first, last] = [inside[0]!, inside[inside.length - 1]!];
  return { ...first, mentions: inside.flatMap((g) => g.mentions), end: last.end };
}

/** Tags of a bare noun phrase after a passive verb: its retained object or a time ("were given food and shelter", "was signed last week"). */
const RETAINED_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'CCONJ']);

/**
 * Does only a bare noun phrase, with no preposition or verb, stand between a passive trigger (or
 * its pattern's words) and the "by" of its agentive group: "refugees were given food and shelter by
 * Tanzania", "the accord was signed last week by both leaders"? Then the noun before "by" is the
 * verb's retained object or a time, and the agent is the passive's, not that noun's. So is a noun
 * that is the pattern's own last word ("Guinea was suspended from the bloc by ECOWAS": the bloc is
 * what the pattern names, not an act of ECOWAS's).
 */
export function retainedObjectAgent(tokens: readonly Token[], m: TriggerMatch, agent: ActorGroup): boolean {
  let by = agent.start - 1;
  while (by > m.end && tokens[by]!.normal !== 'by') by--;
  if (tokens[by]?.normal !== 'by') return false;
  const last = m.used[m.used.length - 1] ?? -1;
  let noun = last === by - 1 && last >= m.end && tokens[last]!.pos === 'NOUN';
  for (let k = afterMatch(m); k < by; k++) {
    const t = tokens[k]!;
    if (!RETAINED_WORDS.has(t.pos) && !m.used.includes(k)) return false;
    noun ||= t.pos === 'NOUN';
  }
  return noun;
}

/** Verbs of sending people out of a state ("were expelled from Norway", "deported from Germany", "extradited from Spain"). */
export const EXPULSIONS = new Set(['expel', 'deport', 'extradite', 'banish']);

/** The state named right after the passive's "from", over an article or adjectives ("expelled from the Netherlands"). */
export function fromState(tokens: readonly Token[], after: readonly ActorGroup[], m: TriggerMatch): ActorGroup | undefined {
  const from = afterMatch(m);
  return tokens[from]?.normal === 'from' ? actorRightAfter(tokens, from, after, (g) => !g.agentive && g.mentions.every((x) => x.type === 'GPE')) : undefined;
}
