/**
 * A past participle after a noun and before a date is a reduced relative telling an earlier act:
 * "South Africa supported the ceasefire agreed last week", "welcomed the deal reached Tuesday" tell of
 * a ceasefire agreed and a deal reached by others, not of the subject agreeing or reaching anything
 * (happening.ts reads the same after a preposition or adverb: "the meeting held in Vienna").
 */
import type { Token } from '../../core/doc.js';
import type { TimeMention } from '../../core/mention.js';
import { INTRANSITIVE } from './happening.js';
import { AGENT_NOUNS } from './subjects.js';

/** Tags that open an object or complement after the date: a finite verb's ("agreed last week to extend", "signed on Monday a deal"). */
const COMPLEMENT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'PART']);
/** Words that open a complement clause or infinitive after the date ("agreed last week that …", "agreed last week to …"). */
const COMPLEMENT_WORDS = new Set(['to', 'that']);

/** Is the verb a past form ("agreed", "reached", "drawn"): inflected, neither a gerund nor a third person? */
function pastForm(verb: Token): boolean {
  return verb.normal !== verb.lemma.toLowerCase() && !verb.normal.endsWith('ing') && !verb.normal.endsWith('s');
}

/**
 * Is the verb at `i` a participle modifying the common noun before it, with a date right after it, in a clause whose
 * earlier verb has that noun in its object ("supported the ceasefire agreed last week and …")? Not after people
 * ("said the rebels agreed last week"), and not when an object or complement follows the date, which only a finite verb takes.
 */
export function datedParticiple(tokens: readonly Token[], times: readonly TimeMention[], i: number, clauseStart: number): boolean {
  const verb = tokens[i]!;
  const noun = tokens[i - 1];
  if (verb.pos !== 'VERB' || !pastForm(verb) || INTRANSITIVE.has(verb.lemma.toLowerCase()) || !noun || noun.pos !== 'NOUN' || AGENT_NOUNS.has(noun.normal)) return false;
  const next = tokens[i + 1];
  const date = next && times.find((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start === next.start);
  if (!date) return false;
  let after = i + 1;
  while (after < tokens.length && tokens[after]!.start < date.end) after++;
  const following = tokens[after];
  if (following && following.sentence === verb.sentence && (COMPLEMENT.has(following.pos) || COMPLEMENT_WORDS.has(following.normal))) return false;
  for (let k = clauseStart; k < i - 1; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}
