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
    assert.deepEqual(lines('The Cuban government permitted American journalists to travel freely around the island.'), ['CONCEDE 081 CUBGOV->USAMED']);
    assert.deepEqual(lines('Turkish authorities let Syrian refugees cross the border.'), ['CONCEDE 081 TURGOV->SYRREF']);
  });

  it('codes no permission with a subject that is no actor, or with no infinitive', () => {
    assert.deepEqual(lines('This allowed our two countries to expand trade with Ukraine.'), []);
    assert.deepEqual(lines('The law allowed Russia to sell gas to Europe.'), []);
    assert.deepEqual(lines('Let me say a few words about Ukraine.'), []);
  });

  it('codes a permission refused as a rejection', () => {
    assert.deepEqual(lines('Russia will not allow NATO to expand further east.'), ['REJECT 120 RUS->IGOWSTNAT']);
  });
});
