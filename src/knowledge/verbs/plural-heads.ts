import type { TriggerEntry, VerbDictionary } from './types.js';

/** A dictionary's head indexes made on its first use. */
interface HeadIndexes {
  readonly dictionary: VerbDictionary;
  readonly byPlural: ReadonlyMap<string, readonly TriggerEntry[]>;
  readonly forms: ReadonlySet<string>;
}

/** The dictionary last indexed: a run uses one dictionary, so one slot is enough. */
let last: HeadIndexes | undefined;

/** The indexes of the dictionary, made when it is not the one last indexed. */
function indexes(dictionary: VerbDictionary): HeadIndexes {
  if (last?.dictionary === dictionary) return last;
  const byPlural = new Map<string, readonly TriggerEntry[]>();
  for (const [head, entries] of dictionary.byHead) byPlural.set(`${head}s`, entries);
  last = { dictionary, byPlural, forms: new Set([...dictionary.byHead.keys(), ...byPlural.keys()]) };
  return last;
}

/**
 * The dictionary's entries keyed by each head's naive plural (head + "s"), made on the dictionary's
 * first use: the trigger matcher looks a plural up as it is instead of slicing a singular per token.
 */
export function pluralHeads(dictionary: VerbDictionary): ReadonlyMap<string, readonly TriggerEntry[]> {
  return indexes(dictionary).byPlural;
}

/** Every head of the dictionary and every head's naive plural: one lookup tells whether a word form can be a trigger. */
export function headForms(dictionary: VerbDictionary): ReadonlySet<string> {
  return indexes(dictionary).forms;
}
