import { readFileSync } from 'node:fs';
import { parseCodeTable, type CodeTable } from './code-table.js';
import { lazyBlock } from './lazy-block.js';
import { buildDictionary, parseVerbPatterns } from './parse-verbs.js';
import type { VerbBlock, VerbDictionary } from './types.js';

/** The verb-pattern files shipped in `data/verbs/`, most trusted first: Sitrep's own patterns win over PETRARCH's. */
const OWN_FILE = 'sitrep.verbs';
const PETRARCH_FILE = 'petrarch-cameo.verbs';

/** Words that say nothing about the kind of act: a pattern made only of them is not evidence. */
const FUNCTION_WORDS = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'into', 'against', 'over', 'up', 'out', 'off', 'down', 'as', 'that', 'the', 'a', 'an', 'back', 'away', 'about', 'after', 'under', 'through']);

/**
 * The converted PETRARCH dictionary is used through its patterns only: a verb alone ("surround",
 * "argue", "state") does not make an event, and neither does a pattern of bare prepositions ("* TO").
 * Its isolated-verb codes over-generate on news text; Sitrep's own file says which verbs stand alone.
 */
export function patternsOnly(blocks: readonly VerbBlock[]): VerbBlock[] {
  return blocks.map((block) =>
    lazyBlock(block.kind, block.triggers.map((t) => ({ ...t, code: null })), () => ({
      patterns: block.patterns
        .filter((p) => [...p.pre, ...p.post].some((element) => element.some((run) => run.some((w) => !FUNCTION_WORDS.has(w)))))
        .map((p) => ({ ...p, nounsOnly: true })),
    })),
  );
}

let dictionary: VerbDictionary | undefined;
let codes: CodeTable | undefined;

/** Reads a file of `data/verbs/`. */
function readData(name: string): string {
  return readFileSync(new URL(`../../../data/verbs/${name}`, import.meta.url), 'utf8');
}

/** The default verb dictionary (Sitrep's patterns, then the converted PETRARCH dictionary), loaded once per process. */
export function defaultVerbDictionary(): VerbDictionary {
  dictionary ??= buildDictionary([parseVerbPatterns(readData(OWN_FILE), OWN_FILE), patternsOnly(parseVerbPatterns(readData(PETRARCH_FILE), PETRARCH_FILE))]);
  return dictionary;
}

/** The CAMEO code table, loaded once per process. */
export function defaultCodeTable(): CodeTable {
  codes ??= parseCodeTable(readData('cameo-codes.tsv'), 'cameo-codes.tsv');
  return codes;
}
