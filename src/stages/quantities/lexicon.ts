import { readFileSync } from 'node:fs';
import { SitrepError } from '../../core/errors.js';
import type { Casualty } from '../../core/mention.js';

/** The word lists the quantity rules read, loaded once per process from `data/quantities/`. */
export interface QuantityLexicon {
  /** Currency symbols and codes written before the number, to their ISO 4217 code. */
  readonly currencyPrefix: ReadonlyMap<string, string>;
  /** Currency words written after the number ("roubles"), to their ISO 4217 code. */
  readonly currencySuffix: ReadonlyMap<string, string>;
  /** Words and lemmas that make a count a casualty count. */
  readonly casualties: ReadonlyMap<string, Casualty>;
  /** Fixed "X of Y" counted nouns, keyed by the head before "of"; each entry is the words from "of" on. */
  readonly compounds: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Modifiers left out of the counted thing. */
  readonly dropWords: ReadonlySet<string>;
  /** Counted nouns that are never people, so never casualty counts. */
  readonly nonPersonUnits: ReadonlySet<string>;
}

const DATA = new URL('../../../data/quantities/', import.meta.url);
const CASUALTY_KINDS = new Set<string>(['killed', 'wounded', 'missing', 'captured', 'displaced', 'casualties']);

let loaded: QuantityLexicon | undefined;

/** The quantity lexicon, read from disk on first use and kept for the life of the process. */
export function quantityLexicon(): QuantityLexicon {
  loaded ??= load();
  return loaded;
}

/** Reads and checks the data files; a malformed line is a configuration error. */
function load(): QuantityLexicon {
  const currencyPrefix = new Map<string, string>();
  const currencySuffix = new Map<string, string>();
  for (const [fields, line] of rows('currencies.tsv')) {
    const [form, code, place] = fields;
    if (!form || !code || !/^[A-Z]{3}$/.test(code) || (place !== 'prefix' && place !== 'suffix')) invalid('currencies.tsv', line, 'expected form, ISO code, prefix|suffix');
    (place === 'prefix' ? currencyPrefix : currencySuffix).set(form!, code!);
  }
  const casualties = new Map<string, Casualty>();
  for (const [fields, line] of rows('casualties.tsv')) {
    const [word, kind] = fields;
    if (!word || !kind || !CASUALTY_KINDS.has(kind)) invalid('casualties.tsv', line, 'expected word and casualty kind');
    casualties.set(word!, kind as Casualty);
  }
  const compounds = new Map<string, string[][]>();
  for (const [fields, line] of rows('unit-compounds.txt')) {
    const words = fields[0]!.split(' ');
    const of = words.indexOf('of');
    if (of < 1) invalid('unit-compounds.txt', line, 'expected "<noun> of <words>"');
    const list = compounds.get(words[of - 1]!) ?? [];
    list.push(words.slice(of));
    compounds.set(words[of - 1]!, list);
  }
  const dropWords = new Set(rows('unit-drop-words.txt').map(([fields]) => fields[0]!));
  const nonPersonUnits = new Set(rows('non-person-units.txt').map(([fields]) => fields[0]!));
  return { currencyPrefix, currencySuffix, casualties, compounds, dropWords, nonPersonUnits };
}

/** The non-comment, non-blank lines of a data file, split on tabs, with their 1-based line numbers. */
function rows(file: string): [string[], number][] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .map((text, i): [string, number] => [text.trim(), i + 1])
    .filter(([text]) => text !== '' && !text.startsWith('#'))
    .map(([text, line]) => [text.split('\t'), line]);
}

/** Throws the catalogue error for a bad line of a knowledge file. */
function invalid(file: string, line: number, detail: string): never {
  throw new SitrepError('E_KNOWLEDGE_INVALID', { file: `data/quantities/${file}`, line, detail });
}
