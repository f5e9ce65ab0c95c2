/**
 * Knowledge load, in a fresh process: `node --import tsx bench/knowledge.ts`. Prints one JSON line
 * with the wall time and the RSS and heap growth of loading each knowledge source the pipeline
 * uses, in the order the pipeline loads them.
 */
import { loadKnowledgeBase } from '../dist/knowledge/load-kb.js';
import { defaultCodeTable, defaultVerbDictionary } from '../dist/knowledge/verbs/load.js';
import { tagger, tokenizer } from '../dist/text/wink.js';

/** One knowledge source's load cost. */
interface Load {
  readonly name: string;
  readonly ms: number;
  readonly rssMb: number;
  readonly heapMb: number;
}

/** Loads one source and measures it. */
function load(name: string, fn: () => unknown): Load {
  const before = process.memoryUsage();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  const after = process.memoryUsage();
  return { name, ms, rssMb: (after.rss - before.rss) / 1048576, heapMb: (after.heapUsed - before.heapUsed) / 1048576 };
}

// Why the tagger first: the default pipeline's only wink instance is the tagger, so it reads the
// model; the bare tokenizer (token-only pipelines) then gets a copy of it.
const loads = [
  load('wink POS tagger (reads the model)', tagger),
  load('wink bare tokenizer (a copy of the model)', tokenizer),
  load('knowledge base (countries, places, organisations, people)', loadKnowledgeBase),
  load('verb patterns', defaultVerbDictionary),
  load('CAMEO/PLOVER code table', defaultCodeTable),
];
process.stdout.write(JSON.stringify(loads) + '\n');
