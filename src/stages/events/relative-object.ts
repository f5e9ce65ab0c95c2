/**
 * The object's infinitive past a relative clause on the object: in "Turkey will allow 13,000 refugees
 * who fled the fighting in northern Iraq to return home" the clauses split at "who", and "to return"
 * falls in the relative clause, though it is the infinitive of "allow refugees … to return".
 */
import type { Token } from '../../core/doc.js';
import type { Clause } from './clauses.js';

/** Relative pronouns that open a clause on the object noun before them. */
const RELATIVE = new Set(['who', 'which', 'that']);
/** How many words the relative clause may have before the object's "to" ("who fled the fighting in northern Iraq"). */
const RELATIVE_REACH = 12;
/** Tags that end the relative clause before any infinitive of the object could follow. */
const CLAUSE_END = new Set(['PUNCT', 'SCONJ', 'CCONJ']);

/**
 * The index of the verb of "to VERB" after a relative clause that opens right after the clause's object
 * noun, with a verb of its own before "to" ("who fled … to return"); -1 when there is none. The
 * relative clause's own verb must stand first, so "refugees who want to return" keeps "to return" as
 * the wanting's infinitive only when nothing else follows: both readings then say the same.
 */
export function infinitiveAfterRelative(tokens: readonly Token[], clause: Clause): number {
  const k = clause.end;
  if (!RELATIVE.has(tokens[k]?.normal ?? '') || !['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) return -1;
  let verbs = 0;
  for (let j = k + 1; j < Math.min(tokens.length - 1, k + RELATIVE_REACH); j++) {
    const t = tokens[j]!;
    if (CLAUSE_END.has(t.pos)) return -1;
    if (t.normal === 'to' && t.pos === 'PART' && tokens[j + 1]!.pos === 'VERB') return verbs > 0 ? j + 1 : -1;
    if (t.pos === 'VERB') verbs++;
  }
  return -1;
}
