import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { MISSIONS } from './embassy-target.js';
import { speakerOnly } from './speaker-only.js';

// "Iran said protesters had attacked its embassy in Baku": the entities stage resolves personal
// pronouns, not the possessive "its". Within one sentence "its embassy" stands for the mission of the
// state or body that is the sentence's subject, when no other state or body is named between them
// (one that is would be as likely an owner). Only in another clause than the subject's: in its own
// clause "its" is the subject's own thing, and the act on it the subject's own ("Britain closed its
// embassy in Kabul" is no act on Britain), as it is for troops, envoys or willingness; a clause reported
// after a verb of saying with no "that" counts as another. A person's "its" is no English, so a person
// subject is no antecedent.

/** Entity types that "its" may stand for: a state or a body. */
const OWNER_TYPES = new Set(['GPE', 'ORG']);
/** Words that may stand before the subject at the start of the sentence ("The Iranian government"). */
const LEAD = new Set(['DET', 'ADJ']);

/** Is the sentence's first group its subject, only an article or adjectives before it, and one state or body? */
function subjectOwner(tokens: readonly Token[], first: number, g: ActorGroup | undefined): g is ActorGroup {
  if (!g || g.locative || g.agentive || g.bothSides || g.mentions.length !== 1 || !OWNER_TYPES.has(g.mentions[0]!.type)) return false;
  for (let k = first; k < g.start; k++) if (!LEAD.has(tokens[k]!.pos)) return false;
  return true;
}

/** The clause a token stands in, or undefined. */
function clauseOf(clauses: readonly Clause[], k: number): Clause | undefined {
  return clauses.find((c) => c.start <= k && k < c.end);
}

/**
 * Groups for each "its" before a mission noun ("its embassy") that stands for the sentence's subject,
 * in another clause than the subject's, in text order, each spanning the word "its"; nothing when the
 * subject is no single state or body.
 */
export function possessiveIts(tokens: readonly Token[], first: number, end: number, groups: readonly ActorGroup[], clauses: readonly Clause[]): ActorGroup[] {
  const subject = groups[0];
  if (!subjectOwner(tokens, first, subject)) return [];
  const own = clauseOf(clauses, subject.start);
  const out: ActorGroup[] = [];
  for (let k = subject.end; k < end; k++) {
    if (tokens[k]!.normal !== 'its' || !MISSIONS.has(tokens[k + 1]?.normal ?? '') || (clauseOf(clauses, k) === own && !speakerOnly(tokens, subject.end, k))) continue;
    // Another state or body named between them may own it as well: "Iraq said Iran had shelled its border posts".
    if (groups.some((g) => g !== subject && g.start < k && g.mentions.some((x) => OWNER_TYPES.has(x.type)))) break;
    out.push({ mentions: subject.mentions, start: k, end: k + 1, locative: false, prep: -1, agentive: false, bothSides: false, wholeSpan: true });
  }
  return out;
}
