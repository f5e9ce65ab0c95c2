import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

/** One feature of wink's core model: its values, their index, and how many came with the model. */
interface CoreFeature {
  readonly list: unknown[];
  readonly hash?: Record<string, number>;
  readonly intrinsicSize?: number;
  readonly index?: number;
  readonly maxIndex?: number;
}

/** wink's core language model as an instance uses it; the fields wink reads and these steps fill. */
interface CoreModel {
  readonly features: Record<string, CoreFeature>;
  readonly [field: string]: unknown;
}

/** The packed core model's JSON as the package ships it. */
interface PackedCore {
  lexicon: string;
  xpansions: string;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  pos: { hash: Record<string, number> };
  features: Record<string, { list: string[] }>;
}

/** The package whose model files and loaders are used (the version package-lock.json pins). */
const PACKAGE = 'wink-eng-lite-web-model/dist/';

const require = createRequire(import.meta.url);

/** Base64 text as 32-bit words, on a buffer aligned for them. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteOffset % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/**
 * Reads wink's core model the way the package's `read-core-model.js` and `load-core-model.js` do
 * (packed lexicon decoded, feature indexes built, sizes recorded), without their deep copy of the
 * 3 MB model, which only protects an object nobody else holds here. `wink.test.ts` checks that an
 * instance on this model tags exactly as one on the package's own loader.
 */
function readCoreModel(): CoreModel {
  const file = require.resolve(`${PACKAGE}languages/cur/models/eng-core-web-model.json`);
  const packed = JSON.parse(readFileSync(file, 'utf8')) as PackedCore;
  const { layout } = packed.packing;
  const features: Record<string, CoreFeature> = Object.create(null);
  const efList: string[] = [];
  for (const [name, feature] of Object.entries(packed.features)) features[name] = feature;
  for (const [name, spec] of Object.entries(layout)) {
    if (spec[4] === 1) efList.push(name);
    if (spec[3] !== 0) continue;
    const list = packed.features[name]!.list;
    features[name] = { list, hash: indexOf(list), intrinsicSize: list.length, index: list.length, maxIndex: spec[1]! >>> spec[2]! };
  }
  const lexemes = packed.features.lexeme!.list;
  features.lexeme = { list: lexemes, hash: indexOf(lexemes), intrinsicSize: lexemes.length, index: lexemes.length };
  const posHash = packed.pos.hash;
  features.posClusters = { list: packed.features.posClusters!.list.map((c) => new Set(c.split('_').map((pos) => posHash[pos] || 0))) };
  return { ...packed, lexicon: words(packed.lexicon), xpansions: words(packed.xpansions), packing: { ...packed.packing, efList }, features };
}

/** Each value's position in the list, as wink looks values up. */
function indexOf(list: readonly string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

let core: CoreModel | undefined;

/**
 * The core model for one more instance. The package's own loader reads and deep-copies its 3 MB
 * model for every instance (about 100 ms each). Here it is read once: the first instance gets it
 * as read, and each later one a copy that shares what wink only reads (the packed lexicon,
 * expansions, rules) and has its own feature lists and indexes, rebuilt from the model's own
 * values, since wink appends the words it meets to the lists and indexes it is given.
 */
function nextCore(): CoreModel {
  if (core === undefined) return (core = readCoreModel());
  const features: Record<string, CoreFeature> = Object.create(null);
  for (const [name, feature] of Object.entries(core.features)) {
    if (feature.hash === undefined || feature.intrinsicSize === undefined) {
      features[name] = feature;
      continue;
    }
    const list = feature.list.slice(0, feature.intrinsicSize) as string[];
    features[name] = { ...feature, list, hash: indexOf(list), index: feature.intrinsicSize };
  }
  return { ...core, features };
}

/** wink's serialised form of a state machine that recognises nothing (as its `emptyModelJSON` writes it). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** A model part wink sets up for every instance, empty: no instance of ours runs it. */
const unused = (): { machines: string[]; setter: () => void; transformers: [] } => ({ machines: [EMPTY_MACHINE], setter: () => undefined, transformers: [] });

/**
 * The English language model for our wink-nlp instances, which tokenise and tag POS only: the
 * package's own loaders for the core model (read once, as above), sentence boundaries and POS.
 * Named entities, sentiment and negation are empty machines: wink sets all of them up for every
 * instance whatever its pipe, and the package's ones cost 20–30 ms of start-up to read. The
 * package's `model.js` is not loaded either: it reads the core model's 3 MB JSON when imported.
 */
export function winkModel(): Model {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = nextCore;
  model.sbd = require(`${PACKAGE}load-sbd-model.js`);
  model.pos = require(`${PACKAGE}load-pos-model.js`);
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = unused;
  model.sa = unused;
  model.metaCER = require(`${PACKAGE}load-cer-meta-model.js`);
  model.featureFn = require(`${PACKAGE}feature.js`);
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = require(`${PACKAGE}porter-stemmer.js`);
  addons.lemmatize = require(`${PACKAGE}lemmatize.js`);
  addons.readabilityStats = require(`${PACKAGE}readability-stats.js`);
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as Model;
}
