/**
 * Country codes of the Phoenix dictionaries that are not ISO 3166-1 alpha-3, with the codes the KB
 * uses for the same state: East Timor is TMP there (its ISO code until 2002, TLS since), Kosovo
 * KSV (CAMEO; the KB's Kosovo is XKX). Renamed in the dictionaries' codes before conversion, so
 * "Jose Ramos-Horta" is TLSGOV and the East Timor block merges into the country entry. Used by
 * scripts/build-kb.ts.
 */
import type { ActorDictionaryEntry } from '../src/knowledge/petrarch/parse-actors.js';

/** Dictionary country codes and the KB's code for the same state. */
const OLD_CODES: ReadonlyMap<string, string> = new Map([
  ['TMP', 'TLS'],
  ['KSV', 'XKX'],
]);

/** The code with an old country part replaced ("TMPGOV" → "TLSGOV"); other codes as they are. */
export function renameCode(code: string): string {
  const now = OLD_CODES.get(code.slice(0, 3));
  return now === undefined ? code : now + code.slice(3);
}

/** The dictionary entries with every old country code renamed (a new list). */
export function withCurrentCodes(entries: readonly ActorDictionaryEntry[]): ActorDictionaryEntry[] {
  return entries.map((e) => (e.codes.some((c) => OLD_CODES.has(c.code.slice(0, 3))) ? { ...e, codes: e.codes.map((c) => ({ ...c, code: renameCode(c.code) })) } : e));
}
