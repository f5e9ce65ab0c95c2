/**
 * `node --import tsx scripts/build-kb-index.ts`: writes `data/kb/name-index.json`, the name index of
 * the shipped knowledge-base files, so a start need not build it. Run it after changing any file of
 * `data/kb/` (scripts/build-kb.ts does); `src/knowledge/name-index.test.ts` fails while it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { KbEntry } from '../src/knowledge/kb-entry.js';
import { shippedNameIndexJson } from '../src/knowledge/load-kb.js';
import { checkCuratedBodies } from './kb-curated-twins.js';

// A hand edit must not give one body a second entry (scripts/kb-curated-twins.ts).
checkCuratedBodies(JSON.parse(readFileSync(new URL('../data/kb/orgs.json', import.meta.url), 'utf8')) as KbEntry[]);

const file = new URL('../data/kb/name-index.json', import.meta.url);
const json = shippedNameIndexJson();
writeFileSync(file, json);
process.stdout.write(`wrote data/kb/name-index.json (${json.length} bytes)\n`);
