import type { TriggerEntry, VerbDictionary } from './types.js';

/** The dictionary last indexed and its heads keyed by their naive plural: a run uses one dictionary, so one slot is enough. */
let last: { readonly dictionary: VerbDictionary; readonly byPlural: ReadonlyMap<string, readonly TriggerEntry[]> } | undefined;

/**
 * The dictionary's entries keyed by each head's naive plural (head + "s"), made on the dictionary's
 * first use: the trigger matcher looks a plural up as it is instead of slicing a singular per token.
 */
export function pluralHeads(dictionary: VerbDictionary): ReadonlyMap<string, readonly TriggerEntry[]> {
  if (last?.dictionary === dictionary) return last.byPlural;
  const byPlural = new Map<string, readonly TriggerEntry[]>();
  for (const [head, entries] of dictionary.byHead) byPlural.set(`${head}s`, entries);
  last = { dictionary, byPlural };
  return byPlural;
}
