import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2010-01-01' }).events.map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: the place of a verb\'s event', () => {
  it('takes the place after the verb, not the subject\'s own base, as where an attack is aimed', () => {
    assert.deepEqual(lines('A rebel group based in Uganda attacked a village in eastern Congo.'), ['ASSAULT UGAREB->COD']);
    assert.deepEqual(lines('Ugandan rebels based in Uganda attacked a village in eastern Congo.'), ['ASSAULT UGAREB->COD']);
  });

  it('keeps the subject\'s place when no place follows the verb ("Rebels in Uganda attacked a village")', () => {
    assert.deepEqual(lines('Rebels in Uganda attacked a village.'), ['ASSAULT UGAREB->UGA']);
  });
});
