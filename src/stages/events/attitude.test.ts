import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2020-05-10' }).events.map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: an attitude of a population is no act', () => {
  it('codes no event for peoples, a share of a people or a public that supports, wants or opposes something', () => {
    assert.deepEqual(lines('Both Peruvians and Chileans supported the idea of closer cultural exchange.'), []);
    assert.deepEqual(lines('Many Israelis want the government to resume talks with the Palestinians.'), []);
    assert.deepEqual(lines('The public strongly backs closer ties with Chile.'), []);
    assert.deepEqual(lines('Local residents in Gaza want Hamas to resume talks with Egypt.'), []);
  });

  it('still codes the same verbs of governments and states, and of a population that votes or rallies', () => {
    assert.deepEqual(lines('The German government backed Ukraine\'s bid to join the European Union.'), ['SUPPORT DEUGOV->UKR']);
    assert.deepEqual(lines('Japan opposed China\'s plan to build a gas platform.'), ['REJECT JPN->CHN']);
    assert.deepEqual(lines('Swiss voters backed the plan in a referendum on Sunday.'), ['SUPPORT CHE->-']);
  });
});
