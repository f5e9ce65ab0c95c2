import type { Token } from '../../core/doc.js';
import { NOUN_PHRASE_TAGS, type Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';

/** Subordinators after which a present-tense act is still to come. */
const UNTIL = new Set(['before', 'until', 'till']);
/** How many words of its subject may stand between "until" and the verb ("until the Israeli army withdraws"). */
const SUBJECT_REACH = 5;
/** Pronouns of the third person singular, whose present takes "-s" ("until he quits"). */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * Is the verb in a present form: its lemma, or its lemma with the "-s" of the third person ("withdraws", "reaches", "agrees", "carries")?
 * A bare lemma after a singular subject is a past that has the lemma's form ("until Chile shut the border": the present is "shuts").
 */
function presentForm(t: Token, subject: Token | undefined): boolean {
  const w = t.normal;
  const lemma = t.lemma.toLowerCase();
  if (w === lemma) return !subject || !singular(subject);
  return w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/** Is the word a singular subject: a name, a noun in its lemma's form ("Chile", "the army"), or "he", "she", "it"? */
function singular(t: Token): boolean {
  if (t.pos === 'PRON') return SINGULAR_PRONOUNS.has(t.normal);
  return (t.pos === 'PROPN' || t.pos === 'NOUN') && t.normal === t.lemma.toLowerCase();
}

/**
 * Is the verb trigger a present-tense act after "before", "until" or "till", which has not happened yet: "must agree to
 * changes before they demobilize", "has sworn to fight on until Israel withdraws from all occupied land"? The subordinator
 * opens the trigger's clause or stands right before the verb's subject; "before they withdrew" has happened.
 */
export function stillToCome(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  if (m.kind !== 'verb' || !presentForm(tokens[m.start]!, tokens[m.start - 1])) return false;
  if (UNTIL.has(tokens[clause.start]!.normal)) return true;
  for (let k = m.start - 1; k >= Math.max(clause.start, m.start - 1 - SUBJECT_REACH); k--) {
    if (UNTIL.has(tokens[k]!.normal)) return k < m.start - 1;
    if (!NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) return false;
  }
  return false;
}
