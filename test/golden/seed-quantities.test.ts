import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertRecordInvariants } from '../support/invariants.js';
import { seedRecord } from '../support/seed.js';

/**
 * The quantity rows of EXPECTED.md (all of them are "must"): text, value, approx and unit.
 * The article writes "Russia’s" with a typographic apostrophe; EXPECTED.md writes it plain, so
 * texts are compared with apostrophes unified.
 */
const ROWS: readonly { text: string; value: number; approx: string | null; unit: string; fraction: boolean }[] = [
  { text: 'more than 300 Ukrainian children', value: 300, approx: 'more_than', unit: 'children', fraction: false },
  { text: '500 prisoners of war', value: 500, approx: null, unit: 'prisoners of war', fraction: false },
  { text: 'four Russian airfields', value: 4, approx: null, unit: 'airfields', fraction: false },
  { text: "over a third of Russia's strategic bombers", value: 1 / 3, approx: 'more_than', unit: 'strategic bombers', fraction: true },
  { text: '52 nations', value: 52, approx: null, unit: 'nations', fraction: false },
];

const plain = (text: string): string => text.replace(/’/g, "'");

describe('golden: quantities of the seed article (EXPECTED.md)', () => {
  for (const row of ROWS) {
    it(`has "${row.text}" = ${row.approx ?? ''} ${row.value} ${row.unit}`, () => {
      const q = seedRecord().quantities.find((m) => plain(m.text) === row.text);
      assert.ok(q, `no quantity with text "${row.text}"; found ${seedRecord().quantities.map((m) => m.text).join(' | ')}`);
      assert.ok(Math.abs(q.value - row.value) < 1e-9, `value ${q.value}`);
      assert.equal(q.approx, row.approx);
      assert.equal(q.unit, row.unit);
      assert.equal(q.fraction, row.fraction);
    });
  }

  it('has no quantity for the year, the durations or the hour (times owns them)', () => {
    const texts = seedRecord().quantities.map((m) => m.text);
    for (const owned of ['2018', '18 months', '24 hours', 'an hour']) assert.ok(!texts.some((t) => t.includes(owned)), `${owned} in ${texts.join(' | ')}`);
  });

  it('has exactly the five quantities of EXPECTED.md and keeps every invariant', () => {
    assert.equal(seedRecord().quantities.length, ROWS.length);
    assertRecordInvariants(seedRecord());
  });
});
