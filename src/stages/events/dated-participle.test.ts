import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text, as "PLOVER STATUS SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2010-01-01' }).events.map((e) => `${e.plover} ${e.status} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: a participle between a noun and a date', () => {
  it('tells an earlier act of someone else, not the clause subject\'s', () => {
    assert.deepEqual(lines('South Africa supported the deal agreed last week and called for calm.'), ['SUPPORT occurred ZAF->-']);
    assert.deepEqual(lines('Brazil welcomed the nuclear deal reached Tuesday.'), ['SUPPORT occurred BRA->-']);
  });

  it('stays the main verb of its people, or with a complement after the date', () => {
    assert.deepEqual(lines('Chile and Peru agreed last week to resume talks.'), ['AGREE occurred CHL->PER']);
    assert.deepEqual(lines('Officials said Sudanese rebels agreed last week to a truce.'), ['AGREE occurred SDNREB->-']);
  });
});
