/**
 * `npm run eval -- claims`: the claims layer on real text (Kremlin texts and MEANTIME).
 * Prints (1) a deterministic sample of 100 claims, source | cue | content with the sentence they
 * come from, to judge by hand (CLAIMS_SAMPLE_SALT draws a different one); (2) recall on speech
 * quotations (eval/claims/quote-recall.ts); (3) the claims stage's share of pipeline time over the
 * Kremlin corpus.
 */
import { createHash } from 'node:crypto';
import { createAnalyzer } from '../src/app/analyze.js';
import type { Claim } from '../src/core/mention.js';
import type { AnalysisRecord } from '../src/core/record.js';
import type { Stage } from '../src/pipeline/stage.js';
import { defaultStages } from '../src/stages/index.js';
import { kremlinTexts } from '../test/support/seed.js';
import { printQuoteRecall } from './claims/quote-recall.js';
import { claimsTexts } from './claims/texts.js';

const SAMPLE = 100;

/** Salt of the sample: CLAIMS_SAMPLE_SALT=… draws another deterministic sample (a held-out check). */
const SALT = process.env['CLAIMS_SAMPLE_SALT'] ?? '';

/** A stable pseudo-random key for sampling. */
function key(s: string): string {
  return createHash('sha256').update(SALT + s).digest('hex');
}

/** Shortens a string for the table. */
function clip(s: string | undefined, n: number): string {
  const flat = (s ?? '—').replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Runs the evaluation and prints its tables. */
export async function run(): Promise<void> {
  const analyzer = createAnalyzer();
  const corpora = claimsTexts();
  const records: AnalysisRecord[] = corpora.map((t) => analyzer.analyze(t));
  const all: { id: string; record: AnalysisRecord; claim: Claim }[] = [];
  records.forEach((record, i) => record.claims.forEach((claim) => all.push({ id: `${corpora[i]!.id}#${claim.id}`, record, claim })));
  all.sort((a, b) => (key(a.id) < key(b.id) ? -1 : 1));
  console.log(`claims: ${all.length} in ${records.length} texts (${corpora.length - 62} Kremlin, 62 MEANTIME)\n`);
  console.log('## Sample for hand judging: n | doc#claim | rule | source | cue | content  /  sentence');
  all.slice(0, SAMPLE).forEach(({ id, record, claim }, n) => {
    const sentence = record.sentences.find((s) => s.start <= claim.cue.start && claim.cue.start < s.end);
    console.log(`${n + 1}. ${id} ${claim.rule} [${claim.kind} ${claim.stance}]\n   S: ${clip(claim.source?.text, 60)} | C: ${claim.cue.text} | T: ${clip(claim.content.text, 160)}`);
    if (sentence) console.log(`   » ${clip(record.text.slice(sentence.start, sentence.end), 300)}`);
  });
  printQuoteRecall(records);
  speed();
}

/** Times each stage over the Kremlin corpus (best of three passes) and prints the claims stage's share. */
function speed(): void {
  const totals: Record<string, number> = {};
  const stages: Stage[] = defaultStages().map((stage) => ({
    ...stage,
    run(doc, ctx) {
      const t0 = performance.now();
      const out = stage.run(doc, ctx);
      totals[stage.name] = (totals[stage.name] ?? 0) + performance.now() - t0;
      return out;
    },
  }));
  const analyzer = createAnalyzer({ stages });
  const texts = kremlinTexts();
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/).length, 0);
  let best: Record<string, number> = {};
  let bestTotal = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    for (const k of Object.keys(totals)) totals[k] = 0;
    for (const t of texts) analyzer.analyze(t);
    const total = Object.values(totals).reduce((a, b) => a + b, 0);
    if (total < bestTotal) {
      bestTotal = total;
      best = { ...totals };
    }
  }
  console.log(`\n## Speed over the Kremlin corpus (${texts.length} texts, ${words} words; best of 3 passes)`);
  for (const [name, ms] of Object.entries(best)) console.log(`   ${name.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms  ${((100 * ms) / bestTotal).toFixed(1).padStart(5)}%`);
  console.log(`   all stages   ${bestTotal.toFixed(0).padStart(6)} ms  = ${Math.round(words / (bestTotal / 1000))} words/s; claims alone ${Math.round(words / ((best['claims'] ?? 0) / 1000))} words/s`);
}
