import type { KbEntry } from './kb-entry.js';

/**
 * The entries of the knowledge base, in order, readable without making them: most rows of the
 * shipped data (Phoenix actors, GeoNames cities) are never matched in a run, so their entry
 * objects are made on first use. The index reads names from here; `entry(i)` makes (once) and
 * returns the whole entry.
 */
export interface EntryList {
  readonly size: number;
  name(i: number): string;
  aliases(i: number): readonly string[] | undefined;
  demonyms(i: number): readonly string[] | undefined;
  isPerson(i: number): boolean;
  /** The entry when it already exists (curated and user entries), without making a lazy one. */
  made(i: number): KbEntry | undefined;
  entry(i: number): KbEntry;
}

/** How to read one kind of compact row: its id, names, whether it is a person, and how to make its entry. */
export interface RowReader<R> {
  readonly id: (row: R) => string;
  readonly name: (row: R) => string;
  readonly aliases: (row: R) => readonly string[];
  readonly isPerson: (row: R) => boolean;
  readonly make: (row: R) => KbEntry;
}

/** Rows of one file with their reader. */
interface RowPart {
  readonly rows: readonly unknown[];
  readonly reader: RowReader<unknown>;
}

/** One part of the list: rows of one file with their reader, or entries already made. */
export type ListPart = RowPart | { readonly entries: readonly KbEntry[] };

/**
 * Joins the parts into one list where a later entry with the same id replaces an earlier one in
 * the earlier one's place (the order a Map gives), as the KB's files have always been read.
 */
export function entryList(parts: readonly ListPart[]): EntryList {
  const final = new Map<string, KbEntry>();
  for (const part of parts) if ('entries' in part) for (const e of part.entries) final.set(e.id, e);
  // Layout: slot i holds either a made entry (`made[i]`) or row `rowOf[i]` of part `partOf[i]`.
  const made: (KbEntry | undefined)[] = [];
  const partOf: number[] = [];
  const rowOf: number[] = [];
  const placed = new Set<string>();
  parts.forEach((part, p) => {
    if ('entries' in part) {
      for (const e of part.entries) {
        if (placed.has(e.id)) continue;
        placed.add(e.id);
        made.push(final.get(e.id)!);
        partOf.push(p);
        rowOf.push(-1);
      }
      return;
    }
    const { rows, reader } = part;
    for (let r = 0; r < rows.length; r++) {
      const id = reader.id(rows[r]);
      if (placed.has(id)) continue;
      placed.add(id);
      made.push(final.get(id));
      partOf.push(p);
      rowOf.push(final.has(id) ? -1 : r);
    }
  });
  // Only called for slots without a made entry, whose part is therefore a row part.
  const rowsOf = (i: number): RowPart => parts[partOf[i]!] as RowPart;
  return {
    size: made.length,
    name(i) {
      const e = made[i];
      if (e) return e.name;
      const part = rowsOf(i);
      return part.reader.name(part.rows[rowOf[i]!]);
    },
    aliases(i) {
      const e = made[i];
      if (e) return e.aliases;
      const part = rowsOf(i);
      return part.reader.aliases(part.rows[rowOf[i]!]);
    },
    demonyms: (i) => made[i]?.demonyms,
    isPerson(i) {
      const e = made[i];
      if (e) return e.type === 'PERSON';
      const part = rowsOf(i);
      return part.reader.isPerson(part.rows[rowOf[i]!]);
    },
    made: (i) => made[i],
    entry(i) {
      const e = made[i];
      if (e) return e;
      const part = rowsOf(i);
      const entry = part.reader.make(part.rows[rowOf[i]!]);
      made[i] = entry;
      return entry;
    },
  };
}
