/**
 * History told inside the news: an act a speaker recalls or reminds of ("After recalling that Russia was already helping
 * Ukraine, he …", "As the minister recalled, Turkey had invaded northern Cyprus") and an act in a clause that a year opens
 * ("reminding reporters that in 1996 the two countries had signed …", "Vietnam, which in 1979 fought a border war with China,
 * …"). Both tell the past as background to the news, not a happening of it.
 */
import type { Token } from '../../core/doc.js';
import { pastAt } from './tense-words.js';

/** Lemmas of the verbs of recalling the past to a hearer ("recalled that", "reminded reporters that"). */
const RECALLING = new Set(['recall', 'remind']);
/** How many words may stand between a verb of recalling and its "that" ("would like to remind you that", "reminded the Kiev leaders that"). */
const HEARER_REACH = 3;
/** Words that open a relative clause a year may open next ("which in 1979 fought …"). */
const RELATIVE = new Set(['which', 'who', 'that']);
/** Marks that end the clause a recalled act or a year-opened clause stands in. */
const CLAUSE_END = new Set([';', ':', '.']);

/** Is the verb at `k` in the past: its own auxiliary a past one ("had helped", "was helping"), or, with none, a past form ("fought", "signed")? */
function pastVerb(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB') return false;
  let j = k - 1;
  while (j >= from && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
  if (j >= from && tokens[j]!.pos === 'AUX') return pastAt(tokens, j, true);
  // "recalled that Russia had helped Ukraine and asked Moscow for aid": a verb joined by "and" with no auxiliary of its own may
  // be the speaker's next act, not part of what is recalled.
  if (j >= from && tokens[j]!.pos === 'CCONJ') return false;
  return pastAt(tokens, k, false);
}

/** Is the token a verb of recalling ("recalled", "reminding")? */
function recalling(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && RECALLING.has(t.lemma.toLowerCase());
}

/**
 * Where the clause of recalled past that holds the trigger at `k` opens, if one does: the word after "that" of a verb of
 * recalling ("recalled that", "remind you that"), or after the comma of a fronted "As X recalled,".
 */
function recalledClause(tokens: readonly Token[], firstToken: number, k: number): number | undefined {
  let comma = false;
  for (let j = k - 1; j >= firstToken; j--) {
    const t = tokens[j]!;
    if (CLAUSE_END.has(t.normal)) return undefined;
    const verb = t.normal === 'that' ? Array.from({ length: HEARER_REACH + 1 }, (_, i) => j - 1 - i).find((i) => i >= firstToken && recalling(tokens[i])) : undefined;
    // "Recalling that Serbian police are detaining Albanians, the OSCE urged …": a fronted participle's clause ends at its
    // comma, where the main clause begins; a comma after an opening year ("recalling that in 1995, its prime minister …") stays inside.
    if (verb !== undefined) return comma && tokens[verb]!.normal.endsWith('ing') ? undefined : j + 1;
    if (t.normal === ',' && tokens[j - 1]?.pos !== 'NUM') comma = true;
    if (t.normal === ',' && recalling(tokens[j - 1]) && tokens[firstToken]!.normal === 'as') return j + 1;
  }
  return undefined;
}

/** Is the trigger at `k` a past act told inside a clause of recalling ("recalled that Russia was already helping Ukraine")? */
export function recalledAct(tokens: readonly Token[], firstToken: number, k: number): boolean {
  const from = recalledClause(tokens, firstToken, k);
  return from !== undefined && pastVerb(tokens, k, from);
}

/**
 * Does the time mention starting at `start` open a clause that holds the trigger at `k`: right after "that" or a relative
 * word, with or without "in" ("reminded reporters that in 1996 the two countries had signed …", "which in 1979 fought …")?
 * A relative clause ends at its comma ("Azerbaijan, which in 1994 signed a ceasefire, rejected …": the rejection is the news).
 */
export function clauseOpening(tokens: readonly Token[], firstToken: number, start: number, k: number): boolean {
  let j = firstToken;
  while (j < k && tokens[j]!.start < start) j++;
  if (j >= k || tokens[j]!.start !== start) return false;
  const before = tokens[j - 1]?.normal === 'in' ? j - 2 : j - 1;
  const opener = tokens[before];
  if (before < firstToken || !opener || !RELATIVE.has(opener.normal)) return false;
  // "that" after a noun may open a relative clause ("the treaty that in 1994 …") or, after a verb, what is said: both end with the sentence's clause mark; a relative clause also at a comma.
  const relative = opener.normal !== 'that' || tokens[before - 1]?.pos === 'NOUN' || tokens[before - 1]?.pos === 'PROPN';
  for (let i = j + 1; i < k; i++) if (CLAUSE_END.has(tokens[i]!.normal) || (relative && tokens[i]!.normal === ',' && i > j + 1)) return false;
  return pastVerb(tokens, k, j);
}
