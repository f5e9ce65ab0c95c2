/**
 * `node --import tsx scripts/build-verb-data.ts`: regenerates the converted files of `data/verbs/` from the
 * reference material in ../shared: the CAMEO code table and the PETRARCH verb dictionary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCodeTable, formatCodeTable } from '../src/knowledge/verbs/code-table-import.js';
import { importPetrarchVerbs } from '../src/knowledge/verbs/petrarch-import.js';

const REFERENCE = new URL('../../shared/reference/', import.meta.url);
const DATA = new URL('../data/verbs/', import.meta.url);

/** Reads a reference file. */
function reference(path: string): string {
  return readFileSync(new URL(path, REFERENCE), 'latin1');
}

/** Writes both converted files and says how big they are. */
async function run(): Promise<void> {
  const contexts = (JSON.parse(reference('plover/plover_categories.json')) as { contexts: { context: string }[] }).contexts.map((c) => c.context);
  const rows = buildCodeTable(reference('cameo/CAMEO.eventcodes.txt'), reference('cameo/CAMEO.goldsteinscale.txt'), reference('plover/CAMEO2PLOVER-2021.txt'), contexts);
  writeFileSync(new URL('cameo-codes.tsv', DATA), formatCodeTable(rows));
  const petrarch = importPetrarchVerbs(reference('petrarch/CAMEO.2.0.txt'));
  const notice = '# Converted by `node --import tsx scripts/build-verb-data.ts` from PETRARCH-2 CAMEO.2.0.txt (MIT; see LICENSE-PETRARCH).\n';
  writeFileSync(new URL('petrarch-cameo.verbs', DATA), notice + petrarch);
  console.log(`cameo-codes.tsv: ${rows.length} codes; petrarch-cameo.verbs: ${petrarch.split('\n').length} lines`);
}
await run();
