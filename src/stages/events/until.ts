import type { Token } from '../../core/doc.js';
import { NOUN_PHRASE_TAGS, type Clause } from './clauses.js';
import type { TriggerMatch } from './match-triggers.js';
import { pastBefore } from './tense-words.js';

/** Subordinators after which a present-tense act is still to come. */
const UNTIL = new Set(['before', 'until', 'till']);
/** How many words of its subject may stand between "until" and the verb ("until the Israeli army withdraws"). */
const SUBJECT_REACH = 5;
/** Pronouns of the third person singular, whose present takes "-s" ("until he quits"). */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);
/** Nouns with no plural form that take a plural verb ("until police withdraw", "until people cut"). */
const PLURAL_ONLY = new Set(['police', 'people', 'personnel']);
/**
 * English verbs whose past tense has the form of their lemma ("cut", "shut", "quit"): only for these can a bare lemma
 * after a singular subject be a past. Any other bare lemma is a present (or subjunctive): "until the United States
 * withdraw" has not happened, as "withdrew" would be its past.
 */
const PAST_AS_LEMMA = new Set(['beat', 'bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'offset',
  'put', 'quit', 'read', 'reset', 'rid', 'set', 'shed', 'shut', 'slit', 'split', 'spread', 'thrust', 'undercut', 'upset']);

/**
 * Is the verb in a present form: its lemma, or its lemma with the "-s" of the third person ("withdraws", "reaches", "agrees", "carries")?
 * A bare lemma is a past only for a verb whose past has the lemma's form, after a singular subject ("until Chile shut the border":
 * the present is "shuts") or under a past main clause ("Trade flowed until police shut the border"); `subject` is the words
 * between the subordinator and the verb.
 */
function presentForm(t: Token, subject: readonly Token[], mainPast: boolean): boolean {
  const w = t.normal;
  const lemma = t.lemma.toLowerCase();
  if (w === lemma) return !PAST_AS_LEMMA.has(lemma) || (!singular(subject) && !mainPast);
  return w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`);
}

/**
 * Is the subject singular: its last word a name, a noun in its lemma's form ("Chile", "the army") or "he", "she", "it", with no
 * "and" joining it to another ("Chile and Bolivia") and not a noun that takes a plural verb ("police")?
 */
function singular(subject: readonly Token[]): boolean {
  const head = subject[subject.length - 1];
  if (!head || subject.some((t) => t.normal === 'and')) return false;
  if (head.pos === 'PRON') return SINGULAR_PRONOUNS.has(head.normal);
  return (head.pos === 'PROPN' || head.pos === 'NOUN') && head.normal === head.lemma.toLowerCase() && !PLURAL_ONLY.has(head.normal);
}

/**
 * Is the verb trigger a present-tense act after "before", "until" or "till", which has not happened yet: "must agree to
 * changes before they demobilize", "has sworn to fight on until Israel withdraws from all occupied land"? The subordinator
 * opens the trigger's clause or stands right before the verb's subject (its words of a noun phrase, or "and" joining two);
 * "before they withdrew" has happened.
 */
export function stillToCome(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  if (m.kind !== 'verb') return false;
  const opener = subordinator(tokens, m, clause);
  return opener !== undefined && presentForm(tokens[m.start]!, tokens.slice(opener + 1, m.start), pastBefore(tokens, opener));
}

/** The index of the "until" that opens the trigger's clause or stands before its subject, if any. */
function subordinator(tokens: readonly Token[], m: TriggerMatch, clause: Clause): number | undefined {
  if (UNTIL.has(tokens[clause.start]!.normal)) return clause.start;
  for (let k = m.start - 1; k >= Math.max(clause.start, m.start - 1 - SUBJECT_REACH); k--) {
    if (UNTIL.has(tokens[k]!.normal)) return k < m.start - 1 ? k : undefined;
    if (!NOUN_PHRASE_TAGS.has(tokens[k]!.pos) && tokens[k]!.normal !== 'and') return undefined;
  }
  return undefined;
}
