import type { Token } from '../../core/doc.js';
import { pluralHeads } from '../../knowledge/verbs/plural-heads.js';
import type { TriggerEntry, VerbDictionary } from '../../knowledge/verbs/types.js';

/**
 * Merged entry lists of each dictionary, by surface form and lower-case lemma. Only words whose forms
 * find several lists are kept ("talks": the noun "talks" and the verb "talk"), one of which is a head or its plural, so
 * the map is bounded by the dictionary's words and their forms, not by the texts read (282 keys after the Kremlin texts).
 */
const mergedLists = new WeakMap<VerbDictionary, Map<string, readonly TriggerEntry[]>>();

/** Dictionary entries for a token: by surface form, lemma and naive singular, lowest rank first. */
export function candidates(token: Token, dictionary: VerbDictionary): readonly TriggerEntry[] {
  const { normal } = token;
  const byNormal = dictionary.byHead.get(normal);
  const lemma = token.lemma === normal ? undefined : dictionary.byHead.get(token.lemma.toLowerCase());
  const singular = normal.length > 3 ? pluralHeads(dictionary).get(normal) : undefined;
  // Most tokens find one list (or the same list twice): return it without building anything.
  const first = byNormal ?? lemma ?? singular;
  if (first === undefined) return [];
  const lemmaOther = lemma !== undefined && lemma !== first;
  const singularOther = singular !== undefined && singular !== first && singular !== lemma;
  if (!lemmaOther && !singularOther) return first;
  // The lists depend on the surface form and the lower-case lemma alone: a word met again takes its merged list as made before.
  let merged = mergedLists.get(dictionary);
  if (merged === undefined) mergedLists.set(dictionary, (merged = new Map()));
  const key = `${normal} ${token.lemma.toLowerCase()}`;
  const known = merged.get(key);
  if (known !== undefined) return known;
  const lists: (readonly TriggerEntry[])[] = [first];
  if (lemmaOther) lists.push(lemma);
  if (singularOther) lists.push(singular);
  const entries = [...new Set(lists.flat())].sort((a, b) => a.rank - b.rank);
  merged.set(key, entries);
  return entries;
}
