/**
 * Present-tense verbs the tagger reads as nouns where a lead is written like a headline: an "-s" verb
 * right after its subject's name ("Turkey pledges aid to quake-hit Iran") and a base-form verb after a
 * plural subject ("U.S. and Russian negotiators return to Geneva"). The matcher lets verb triggers
 * stand there.
 */
import type { Token } from '../../core/doc.js';
import type { Clause } from './clauses.js';

/** Tags of the subject's last word before a headline verb, and of the object's first word after it. */
const HEADLINE_SUBJECT = new Set(['PROPN']);
const HEADLINE_OBJECT = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * Is the "-s" word at `i`, tagged as a plural noun, the present-tense verb of a headline-like lead
 * ("Turkey pledges aid to quake-hit Iran", "EU lifts arms embargo on South Africa")? It stands right
 * after a name that opens its clause and before the object's first word.
 */
export function headlineVerb(tokens: readonly Token[], i: number, clause: Clause): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || !t.normal.endsWith('s') || t.normal.endsWith('ss')) return false;
  let k = i - 1;
  while (k > clause.start && HEADLINE_SUBJECT.has(tokens[k - 1]!.pos)) k--;
  return k === clause.start && HEADLINE_SUBJECT.has(tokens[i - 1]?.pos ?? '') && HEADLINE_OBJECT.has(tokens[i + 1]?.pos ?? '');
}

/** Tags of the words of a plural subject before a base-form headline verb ("Indian and Pakistani negotiators"). */
const PLURAL_SUBJECT = new Set(['PROPN', 'ADJ', 'CCONJ', 'NOUN', 'DET', 'NUM']);
/** Tags of the word after it: a preposition or the object's article ("return to Geneva", "sign the accord"). */
const AFTER_BASE_VERB = new Set(['ADP', 'DET']);
/** Tags before a verb form that make it a participle or gerund, not the clause's finite verb. */
const NONFINITE_BEFORE = new Set(['DET', 'ADP', 'ADJ', 'PART']);

/**
 * Is the base-form word at `i`, tagged as a noun, the present-tense verb of a plural subject that
 * opens a clause with no other verb ("U.S. and Russian negotiators return to Geneva this week for
 * talks")? It follows the subject's plural head noun and comes before a preposition or an article.
 */
export function pluralSubjectVerb(tokens: readonly Token[], i: number, clause: Clause): boolean {
  const t = tokens[i]!;
  const head = tokens[i - 1];
  if (t.pos !== 'NOUN' || t.normal !== t.lemma.toLowerCase() || !head || head.pos !== 'NOUN' || !head.normal.endsWith('s') || head.normal.endsWith('ss')) return false;
  if (!AFTER_BASE_VERB.has(tokens[i + 1]?.pos ?? '')) return false;
  for (let k = clause.start; k < i - 1; k++) if (!PLURAL_SUBJECT.has(tokens[k]!.pos) && tokens[k]!.normal !== '.') return false;
  // A participle or gerund after an article, a preposition or "to" ("the disputed glacier", "on limiting") is no finite verb.
  for (let k = i + 1; k < clause.end; k++) if (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !NONFINITE_BEFORE.has(tokens[k - 1]!.pos))) return false;
  return true;
}
