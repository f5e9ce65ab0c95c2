import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Claim } from '../../src/core/mention.js';
import type { AnalysisRecord } from '../../src/core/record.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { seedRecord } from '../support/seed.js';

/** What an EXPECTED.md claim row asks for: source words, cue words, content words, stance. */
interface Row {
  readonly source: string;
  /** The entity mention (by its text) the source must resolve to; absent for groups. */
  readonly entity?: string;
  readonly cue: RegExp;
  readonly content: readonly string[];
  readonly stance: string;
}

/** The claim matching a row: same source text, a matching cue, content holding every gist fragment. */
function find(record: AnalysisRecord, row: Row): Claim | undefined {
  return record.claims.find((c) => c.source?.text === row.source && row.cue.test(c.cue.text) && row.content.every((part) => c.content.text.includes(part)));
}

/** The entity id the entities layer gives a mention with this exact text, or undefined before entities land. */
function entityOf(record: AnalysisRecord, text: string): string | undefined {
  return record.entities.find((m) => m.text === text)?.entity;
}

/** Asserts one row, including the source's entity when the entities layer knows the named one. */
function assertRow(row: Row): Claim {
  const record = seedRecord();
  const claim = find(record, row);
  const near = record.claims.filter((c) => row.content.some((part) => c.content.text.includes(part))).map((c) => `${c.source?.text} | ${c.cue.text} | ${c.content.text}`);
  assert.ok(claim, `no claim ${row.source} | ${row.cue} | ${row.content.join(' … ')}; near: ${near.join(' ;; ') || 'none'}`);
  assert.equal(claim.stance, row.stance);
  if (row.entity !== undefined) {
    const entity = entityOf(record, row.entity);
    if (entity !== undefined) assert.equal(claim.source?.entity, entity, `${row.source} resolves to the entity of "${row.entity}"`);
  }
  return claim;
}

// The must rows of EXPECTED.md "Attributed claims", in article order.
const MUST: Row[] = [
  { source: 'Trump', entity: 'Trump', cue: /^indicated$/, content: ['these discussions would not lead to an immediate resolution'], stance: 'assert' },
  { source: 'He', entity: 'Trump', cue: /^acknowledged$/, content: ["Russia would respond to Ukraine's recent drone strikes"], stance: 'assert' },
  { source: 'Trump', entity: 'Trump', cue: /^(asserting|reiterated claims)/, content: ['he could resolve the Ukraine crisis in 24 hours'], stance: 'assert' },
  { source: 'Putin', entity: 'Putin', cue: /^dismissed$/, content: ['the possibility of a comprehensive ceasefire'], stance: 'reject' },
  { source: 'Ukrainian President Volodymyr Zelenskyy', entity: 'Zelenskyy', cue: /^characterized$/, content: ['Russia’s proposals', 'as an ultimatum'], stance: 'assert' },
  { source: 'Zelenskyy', entity: 'Zelenskyy', cue: /^has indicated expectations/, content: ['a swap of 500 prisoners of war this weekend'], stance: 'expect' },
  { source: 'Ukraine', entity: 'Ukraine', cue: /^reported$/, content: ['drone attacks on four Russian airfields'], stance: 'assert' },
  { source: 'Ukraine', entity: 'Ukraine', cue: /^claiming$/, content: ['resulted in the destruction of over a third of Russia’s strategic bombers'], stance: 'assert' },
  { source: 'Putin', entity: 'Putin', cue: /^strongly indicated$/, content: ['he would respond to the drone strikes'], stance: 'warn' },
  { source: 'Russian officials', cue: /^have reported$/, content: ['an increase in military activity'], stance: 'assert' },
  { source: 'Russian officials', cue: /^claiming$/, content: ['captured significant territory in Sumy'], stance: 'assert' },
  { source: 'Vatican spokespersons', cue: /^confirmed$/, content: ['Pope Leo XIV had also engaged in discussions with Putin'], stance: 'confirm' },
  { source: 'NATO representatives', cue: /^announced$/, content: ['new military support measures for Ukraine'], stance: 'assert' },
];

describe('golden: claims of the seed article (EXPECTED.md)', () => {
  it('keeps every invariant of the spec', () => {
    assertRecordInvariants(seedRecord());
  });

  for (const row of MUST) {
    it(`must: ${row.source} | ${row.cue.source} | ${row.content.join(' … ')} (${row.stance})`, () => {
      assertRow(row);
    });
  }

  it('must: the chained "reiterated claims …, asserting …" is one claim of Trump, not a claim whose source is "claims"', () => {
    const record = seedRecord();
    const chained = record.claims.filter((c) => c.content.text.includes('he could resolve the Ukraine crisis'));
    assert.equal(chained.length, 1);
    assert.ok(!record.claims.some((c) => c.source?.text === 'claims' || c.content.text.startsWith('claims from his election campaign')));
  });

  it('must: content leaves out the cue, the source, "that" and the final full stop', () => {
    const record = seedRecord();
    for (const c of record.claims) {
      assert.ok(!/^that\b/.test(c.content.text) && !/[.,;]$/.test(c.content.text), `content "${c.content.text}"`);
      assert.ok(c.content.end <= c.cue.start || c.content.start >= c.cue.end, `content and cue of ${c.id} do not overlap`);
    }
  });

  it('should: Ukraine claims the children were abducted, contested by the contrasting narratives', () => {
    const claim = assertRow({ source: 'Ukraine', entity: 'Ukraine', cue: /^claims$/, content: ['abducted'], stance: 'assert' });
    const contest = seedRecord().claims.find((c) => c.cue.text === 'contrasting narratives');
    assert.ok(contest, 'the dispute is a claim');
    assert.deepEqual(claim.contestedBy, [contest.id]);
  });

  it('should: Ukrainian officials state the attacks were planned over 18 months', () => {
    const record = seedRecord();
    const claim = record.claims.find((c) => c.cue.text === 'state' && c.content.text.includes('planned over a period of 18 months'));
    assert.ok(claim);
    assert.ok(claim.source?.text === 'they' || claim.source?.text === 'Ukrainian officials', `source "${claim.source?.text}"`);
  });

  it('should: satellite imagery corroborates the Ukrainian claim of destroyed bombers', () => {
    const record = seedRecord();
    const imagery = assertRow({ source: 'Satellite imagery', cue: /^corroborated$/, content: ['claims of extensive damage at the targeted bases'], stance: 'confirm' });
    const corroborated = record.claims.filter((c) => c.corroboratedBy?.includes(imagery.id));
    assert.equal(corroborated.length, 1);
    assert.equal(corroborated[0]!.source?.text, 'Ukraine');
  });
});
