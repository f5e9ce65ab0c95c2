/**
 * `npm run eval -- entities-fp`: false entities on capitalised sentence-initial words in the
 * Kremlin corpus. 200 sentences are sampled with a fixed seed from the sentences that start with
 * a capitalised word. A sentence-initial word is a common word when the corpus also writes it in
 * lower case at least as often as it capitalises it mid-sentence ("Negotiations", "Today",
 * "Satellite"); an entity mention on such a word is a false positive unless the KB linked a
 * multi-word name starting with it ("Security Council"). Also times the entities stage alone over
 * the whole corpus. Prints the counts, the rate and every flagged case for reading.
 */
import type { Doc } from '../src/core/doc.js';
import { createPipeline } from '../src/pipeline/create-pipeline.js';
import { makeDoc } from '../src/pipeline/make-doc.js';
import { createEntitiesStage } from '../src/stages/entities/index.js';
import { tagsStage } from '../src/stages/tags/index.js';
import { tokensStage } from '../src/stages/tokens/index.js';
import { kremlinTexts } from '../test/support/seed.js';

const SAMPLE = 200;

/** A small deterministic PRNG (mulberry32), so the sample is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rules of resolved pronouns ("He", "We" standing for a person or a country): a resolved pronoun is no name read into a common word. */
const PRONOUN_RULES = new Set(['entities/en/coref-pronoun', 'entities/en/coref-plural']);

/** Prints the table. */
export async function run(): Promise<void> {
  const texts = kremlinTexts();
  const t0 = performance.now();
  const stage = createEntitiesStage();
  const loadMs = performance.now() - t0;
  const before = createPipeline([tokensStage, tagsStage]);
  const docs: Doc[] = [];
  let tagMs = 0;
  let entityMs = 0;
  let words = 0;
  for (const t of texts) {
    const a = performance.now();
    const doc = before.run(makeDoc({ text: t.text, id: t.id }), t.published ? { published: t.published } : {});
    const b = performance.now();
    docs.push(stage.run(doc, t.published ? { published: t.published } : {}));
    entityMs += performance.now() - b;
    tagMs += b - a;
    words += (doc.layers.tokens ?? []).filter((k) => k.kind === 'word').length;
  }
  const lowerCount = new Map<string, number>();
  const midCapital = new Map<string, number>();
  const initials: { doc: Doc; sentence: number; token: number }[] = [];
  for (const doc of docs) {
    const tokens = doc.layers.tokens ?? [];
    for (const s of doc.layers.sentences ?? []) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = tokens[i]!;
        if (t.kind !== 'word') continue;
        const capital = /^\p{Lu}/u.test(doc.text[t.start]!);
        if (i === s.firstToken && capital) initials.push({ doc, sentence: s.index, token: i });
        else if (capital) midCapital.set(t.normal, (midCapital.get(t.normal) ?? 0) + 1);
        else lowerCount.set(t.normal, (lowerCount.get(t.normal) ?? 0) + 1);
      }
    }
  }
  const next = random(20250605);
  const pool = [...initials];
  const sample: typeof initials = [];
  while (sample.length < SAMPLE && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  let common = 0;
  let flagged = 0;
  let names = 0;
  const cases: string[] = [];
  const kept: string[] = [];
  const missed: string[] = [];
  for (const { doc, token } of sample) {
    const t = doc.layers.tokens![token]!;
    const isCommon = (lowerCount.get(t.normal) ?? 0) > 0 && (lowerCount.get(t.normal) ?? 0) >= (midCapital.get(t.normal) ?? 0);
    const mention = (doc.layers.entities ?? []).find((m) => m.start <= t.start && t.end <= m.end && !PRONOUN_RULES.has(m.rule));
    if (!isCommon) {
      if (mention) names++;
      if (mention) kept.push(`${mention.text} [${mention.type}]`);
      else missed.push(doc.text.slice(t.start, t.end));
      continue;
    }
    common++;
    const linkedMultiword = mention?.kb !== undefined && mention.text.includes(' ');
    if (mention && !linkedMultiword) {
      flagged++;
      cases.push(`"${doc.text.slice(t.start, t.end)}" → ${mention.text} [${mention.type}, ${mention.rule}]`);
    }
  }
  const lines = [
    `Kremlin corpus: ${docs.length} texts, ${words} words; ${initials.length} sentences start with a capital; ${sample.length} sampled (seed 20250605)`,
    `sentence-initial common words: ${common}; false entities on them: ${flagged} (${((100 * flagged) / Math.max(1, common)).toFixed(1)}%)`,
    `sentence-initial other words (names, and "I"): ${sample.length - common}, of which found as entities: ${names}`,
    `false positives: ${cases.length === 0 ? 'none' : ''}`,
    ...cases.map((c) => `  ${c}`),
    `sentence-initial entities kept (not common words): ${kept.join('; ')}`,
    `sentence-initial words that are not common words and got no entity: ${missed.join(', ')}`,
    '',
    `speed: KB load ${loadMs.toFixed(0)} ms; tokens+tags ${tagMs.toFixed(0)} ms (${Math.round(words / (tagMs / 1000))} words/s); entities ${entityMs.toFixed(0)} ms (${Math.round(words / (entityMs / 1000))} words/s)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
