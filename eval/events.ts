/**
 * `npm run eval -- events`: the events layer against PLOVER gold records, sets of 48 sentences
 * written fresh in the same format that no rule was tuned on (`events/heldout-plover*.json`), PETRARCH's
 * unit tests (fictional-country dictionaries through the importers), and the Kremlin corpus (speed,
 * and samples of events to judge by hand: 100, then three of 50 more, none sharing an event, two redraws of 100 (the second from what the first left), a third over all events, a fourth from what the third left, a fifth from what the third and fourth left and a sixth over all events again; `EVENTS_SAMPLE=0` skips printing them).
 */
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/app/analyze.js';
import { CORPORA, kremlinTexts } from '../test/support/seed.js';
import { runKremlin } from './events/kremlin.js';
import { scoreGsr } from './events/plover-gsr.js';
import { scorePetrarchUnit } from './events/petrarch-unit.js';

const REFERENCE = `${CORPORA}../reference/petrarch/`;

/** A ratio as a fixed-point string. */
function ratio(n: number, d: number): string {
  return d === 0 ? '-' : (n / d).toFixed(3);
}

/** Prints the three evaluations. */
export async function run(): Promise<void> {
  const analyzer = createAnalyzer();
  const gsr = scoreGsr(`${CORPORA}plover-gsr/PLOVER_GSR_CAMEO.json`, analyzer);
  const p = ratio(gsr.matchedOurs, gsr.ourTriples);
  const r = ratio(gsr.matchedGold, gsr.goldTriples);
  console.log(`PLOVER gold (${gsr.sentences} sentences)`);
  console.log(`  category accuracy for the gold source/target: ${ratio(gsr.categoryRight, gsr.sentences)} of all sentences; ${ratio(gsr.categoryRight, gsr.withActorMatch)} of the ${gsr.withActorMatch} where an event has the gold actors`);
  console.log(`  (source, target, category) triples: precision ${p} (${gsr.matchedOurs}/${gsr.ourTriples}), recall ${r} (${gsr.matchedGold}/${gsr.goldTriples})`);
  console.log(`  by category: ${[...gsr.byCategory].sort().map(([c, v]) => `${c} ${v.right}/${v.gold}`).join(', ')}`);

  // Why several held-out sets: the first has been scored (its totals only) after every round of rule work since it was written; the second was written later, before the rounds of the fourth session; the fourth to sixteenth by independent evaluators, without reading the coder or the other sets.
  for (const file of ['heldout-plover.json', 'heldout-plover-2.json', 'heldout-plover-3.json', 'heldout-plover-4.json', 'heldout-plover-5.json', 'heldout-plover-6.json', 'heldout-plover-7.json', 'heldout-plover-8.json', 'heldout-plover-9.json', 'heldout-plover-10.json', 'heldout-plover-11.json', 'heldout-plover-12.json', 'heldout-plover-13.json', 'heldout-plover-14.json', 'heldout-plover-15.json', 'heldout-plover-16.json']) {
    const held = scoreGsr(fileURLToPath(new URL(`./events/${file}`, import.meta.url)), analyzer);
    console.log(`\nHeld-out sentences, ${file} (${held.sentences}, written fresh, never tuned on): category right ${held.categoryRight}/${held.sentences} (${ratio(held.categoryRight, held.sentences)}); triples precision ${ratio(held.matchedOurs, held.ourTriples)}, recall ${ratio(held.matchedGold, held.goldTriples)}`);
  }

  const unit = scorePetrarchUnit(`${CORPORA}petrarch-unit/petr_unittest_records.jsonl`, REFERENCE);
  console.log(`\nPETRARCH unit tests: ${unit.passed}/${unit.total} pass exactly (${ratio(unit.passed, unit.total)}); first expected event found in ${unit.firstEventFound}`);
  console.log(`  by category: ${[...unit.byCategory].sort().map(([c, v]) => `${c} ${v.passed}/${v.total}`).join(', ')}`);

  const texts = kremlinTexts();
  const kremlin = runKremlin(texts, analyzer, [100, 50, 50, 50], 100);
  console.log(`\nKremlin corpus: ${texts.length} texts, ${kremlin.words} words, full pipeline ${kremlin.seconds.toFixed(1)} s = ${Math.round(kremlin.words / kremlin.seconds)} words/s (one core, after warm-up of the PLOVER run)`);
  console.log(`  ${kremlin.events} events (${(kremlin.events / kremlin.words * 1000).toFixed(1)} per 1,000 words): ${[...kremlin.byCategory].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ')}`);
  if (process.env.EVENTS_SAMPLE !== '0') {
    console.log('\nSample of 100 events (deterministic: the first by hash of doc/event id), to judge by hand:');
    kremlin.samples[0]!.forEach((line, i) => console.log(`${i + 1}. ${line}`));
    console.log('\nSecond sample of 50 events (another hash, none from the first sample; judged in eval/events/kremlin-sample-2-judged.md):');
    kremlin.samples[1]!.forEach((line, i) => console.log(`S${i + 1}. ${line}`));
    console.log('\nThird sample of 50 events (a third hash, none from the first two samples; judged in eval/events/kremlin-sample-3-judged.md):');
    kremlin.samples[2]!.forEach((line, i) => console.log(`T${i + 1}. ${line}`));
    console.log('\nFourth sample of 50 events (a fourth hash, none from the first three samples; judged in eval/events/kremlin-sample-4-judged.md):');
    kremlin.samples[3]!.forEach((line, i) => console.log(`U${i + 1}. ${line}`));
    console.log('\nRedrawn sample of 100 events (a new hash over all events, judged ones included; judged in eval/events/kremlin-redraw-1-judged.md):');
    kremlin.redraws[0]!.forEach((line, i) => console.log(`R${i + 1}. ${line}`));
    console.log('\nSecond redrawn sample of 100 events (another hash, over the events the first redraw left; judged in eval/events/kremlin-redraw-2-judged.md):');
    kremlin.redraws[1]!.forEach((line, i) => console.log(`V${i + 1}. ${line}`));
    console.log('\nThird redrawn sample of 100 events (a third hash, over all events again; judged in eval/events/kremlin-redraw-3-judged.md):');
    kremlin.resample.forEach((line, i) => console.log(`W${i + 1}. ${line}`));
    console.log(`\nOf the third redrawn sample, the first redraw holds ${kremlin.resampleOverlap[0]} lines as they are now and the second ${kremlin.resampleOverlap[1]}.`);
    console.log('\nFourth redrawn sample of 100 events (a fourth hash, over the events the third redraw left; judged in eval/events/kremlin-redraw-4-judged.md):');
    kremlin.fourth.forEach((line, i) => console.log(`X${i + 1}. ${line}`));
    console.log(`\nOf the fourth redrawn sample, the first redraw holds ${kremlin.fourthOverlap[0]} lines as they are now and the second ${kremlin.fourthOverlap[1]}.`);
    console.log(`\nFifth redrawn sample of ${kremlin.fifth.length} events (a fifth hash, over the events the third and fourth redraws left; judged in eval/events/kremlin-redraw-5-judged.md):`);
    kremlin.fifth.forEach((line, i) => console.log(`Y${i + 1}. ${line}`));
    console.log(`\nOf the fifth redrawn sample, the first redraw holds ${kremlin.fifthOverlap[0]} lines as they are now and the second ${kremlin.fifthOverlap[1]}.`);
    console.log('\nSixth redrawn sample of 100 events (a sixth hash, over all events again; judged in eval/events/kremlin-redraw-6-judged.md):');
    kremlin.sixth.forEach((line, i) => console.log(`Z${i + 1}. ${line}`));
    console.log(`\nOf the sixth redrawn sample, the third, fourth and fifth redraws hold ${kremlin.sixthOverlap[0]}, ${kremlin.sixthOverlap[1]} and ${kremlin.sixthOverlap[2]} lines as they are now.`);
  }
}
