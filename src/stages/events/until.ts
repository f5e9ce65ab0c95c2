import type { Token } from '../../core/doc.js';
import { NOUN_PHRASE_TAGS, type Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';

/** Subordinators after which a present-tense act is still to come. */
const UNTIL = new Set(['before', 'until', 'till']);
/** How many words of its subject may stand between "until" and the verb ("until the Israeli army withdraws"). */
const SUBJECT_REACH = 5;

/** Is the verb in a present form: its lemma, or its lemma with the "-s" of the third person ("withdraws", "reaches", "agrees", "carries")? */
function presentForm(t: Token): boolean {
  const w = t.normal;
  const lemma = t.lemma.toLowerCase();
  return w === lemma || w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/**
 * Is the verb trigger a present-tense act after "before", "until" or "till", which has not happened yet: "must agree to
 * changes before they demobilize", "has sworn to fight on until Israel withdraws from all occupied land"? The subordinator
 * opens the trigger's clause or stands right before the verb's subject; "before they withdrew" has happened.
 */
export function stillToCome(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  if (m.kind !== 'verb' || !presentForm(tokens[m.start]!)) return false;
  if (UNTIL.has(tokens[clause.start]!.normal)) return true;
  for (let k = m.start - 1; k >= Math.max(clause.start, m.start - 1 - SUBJECT_REACH); k--) {
    if (UNTIL.has(tokens[k]!.normal)) return k < m.start - 1;
    if (!NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) return false;
  }
  return false;
}
