import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalysisRecord } from '../../src/core/record.js';
import type { TimeMention } from '../../src/core/mention.js';
import { readArticleFile } from '../../src/ingest/read-article-file.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { SEED_PATH, seedRecord, testAnalyzer } from '../support/seed.js';

/** The one time mention inside (or over) the first occurrence of `phrase` in the record's text. */
function timeAt(record: AnalysisRecord, phrase: string): TimeMention {
  const start = record.text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" is in the text`);
  const end = start + phrase.length;
  const found = record.times.filter((t) => t.start < end && start < t.end);
  assert.equal(found.length, 1, `one time mention over "${phrase}": ${JSON.stringify(found.map((t) => t.text))}`);
  return found[0]!;
}

describe('golden: seed times (EXPECTED.md, against 2025-06-05)', () => {
  it('keeps every invariant of the spec', () => {
    assertRecordInvariants(seedRecord());
  });

  it('must: "on Wednesday" is the past Wednesday, 2025-06-04', () => {
    const t = timeAt(seedRecord(), 'on Wednesday');
    assert.equal(t.type, 'DATE');
    assert.equal(t.value, '2025-06-04');
    assert.equal(t.certainty, 'implied');
  });

  it('must: "this weekend" is 2025-W23-WE, expected (future anchor)', () => {
    const t = timeAt(seedRecord(), 'this weekend');
    assert.equal(t.value, '2025-W23-WE');
    assert.equal(t.anchor, 'future');
  });

  it('must: "2018" is the year 2018', () => {
    const t = timeAt(seedRecord(), 'in 2018');
    assert.deepEqual([t.text, t.type, t.value], ['2018', 'DATE', '2018']);
  });

  it('must: "18 months" is the duration P18M', () => {
    const t = timeAt(seedRecord(), '18 months');
    assert.deepEqual([t.type, t.value], ['DURATION', 'P18M']);
  });

  it('should: "24 hours" is the duration PT24H', () => {
    const t = timeAt(seedRecord(), '24 hours');
    assert.deepEqual([t.type, t.value], ['DURATION', 'PT24H']);
  });

  it('should: "over an hour" is PT1H, more than', () => {
    const t = timeAt(seedRecord(), 'over an hour');
    assert.deepEqual([t.text, t.type, t.value, t.mod], ['over an hour', 'DURATION', 'PT1H', 'MORE_THAN']);
  });

  it('should: "earlier in the week" is the past part of 2025-W23', () => {
    const t = timeAt(seedRecord(), 'earlier in the week');
    assert.deepEqual([t.value, t.anchor], ['2025-W23', 'past']);
  });

  it('should: "recent weeks" is a past reference or a P…W duration', () => {
    const t = timeAt(seedRecord(), 'recent weeks');
    assert.ok(t.value === 'PAST_REF' || /^P(?:\d+|X)W$/.test(t.value ?? ''), `value ${t.value}`);
    assert.notEqual(t.anchor, 'future');
  });

  it('reads no counts as times: 300 children, 500 prisoners, 52 nations, four airfields', () => {
    const record = seedRecord();
    for (const phrase of ['300 Ukrainian', '500 prisoners', '52 nations', 'four Russian']) {
      const start = record.text.indexOf(phrase);
      assert.ok(!record.times.some((t) => t.start < start + phrase.length && start < t.end), `no time over "${phrase}"`);
    }
  });

  it('without a publication date leaves relative times null with a times/unresolved diagnostic', () => {
    const { published: _published, ...input } = readArticleFile(SEED_PATH);
    const record = testAnalyzer().analyze(input);
    const wednesday = timeAt(record, 'on Wednesday');
    assert.equal(wednesday.value, null);
    const diagnostic = record.diagnostics.find((d) => d.code === 'times/unresolved' && d.start === wednesday.start);
    assert.ok(diagnostic, 'a diagnostic points at "Wednesday"');
    assert.equal(diagnostic.end, wednesday.end);
    assert.equal(timeAt(record, 'in 2018').value, '2018', 'absolute years still resolve');
    assert.equal(timeAt(record, '18 months').value, 'P18M', 'durations still resolve');
  });
});
