import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER CAMEO SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2020-05-10' }).events.map((e) => `${e.plover} ${e.cameo} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: a permission given by an actor', () => {
  it('codes an actor letting someone do something as an easing of restrictions (CAMEO 081, CONCEDE)', () => {
    assert.deepEqual(lines('Saudi officials permitted Yemeni students to sit their exams in Riyadh.'), ['CONCEDE 081 SAUGOV->YEMEDU']);
    assert.deepEqual(lines('Hungarian police let Syrian refugees walk to the Austrian border.'), ['CONCEDE 081 HUNCOP->SYRREF']);
    assert.deepEqual(lines('Israel allowed them to leave.'), ['CONCEDE 081 ISR->-']);
  });

  it('codes no permission with a subject that is no actor, or with no infinitive', () => {
    assert.deepEqual(lines('This allowed our two countries to expand trade with Ukraine.'), []);
    assert.deepEqual(lines('The law allowed Russia to sell gas to Europe.'), []);
    assert.deepEqual(lines('Let me say a few words about Ukraine.'), []);
  });

  it('codes no permission when what is let do something is a thing, not someone whose restriction is eased', () => {
    assert.deepEqual(lines('Ukraine allowed the gas transit contract to expire.'), []);
    assert.deepEqual(lines('The Iraqi government allowed the ceasefire to lapse.'), []);
    assert.deepEqual(lines('Iran let the deadline pass without a reply.'), []);
    assert.deepEqual(lines('Turkish authorities let the ultimatum pass.'), []);
  });

  it('codes a permission refused as a rejection', () => {
    assert.deepEqual(lines('Russia will not allow NATO to expand further east.'), ['REJECT 120 RUS->IGOWSTNAT']);
  });
});
