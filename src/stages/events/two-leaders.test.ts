import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text as "PLOVER SOURCE->TARGET" lines, actor codes in full. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2010-01-01' }).events.map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: "the parties" and "the sides" of a talk just reported', () => {
  it('reads "the parties" as the two people of two countries named before', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet in Lima on Monday. The parties agreed to reopen the border.');
    assert.equal(events.length, 2, events.join('; '));
    assert.match(events[1]!, /^(AGREE|CONCEDE) PERGOV->CHLGOV$/);
  });

  it('does not read "the parties to the conflict" as the two who met', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet in Lima on Monday. The parties to the conflict in Bolivia agreed to respect the truce.');
    assert.deepEqual(events.filter((e) => /PERGOV->CHLGOV/.test(e) && !e.startsWith('CONSULT')), []);
    const own = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet in Lima on Monday. The parties agreed to respect the truce in Bolivia.');
    assert.deepEqual(own.filter((e) => /PERGOV->CHLGOV/.test(e) && !e.startsWith('CONSULT')), ['AGREE PERGOV->CHLGOV']);
  });

  it('does not read "the parties" as a pair when the text names people of a third country', () => {
    const events = lines('Peruvian President Alan Garcia met Bolivian President Evo Morales on Sunday. Mr Garcia met Chilean President Michelle Bachelet in Lima on Monday. The parties agreed to reopen the border.');
    assert.deepEqual(events.filter((e) => !e.startsWith('CONSULT')), []);
    const two = lines('Mr Garcia met Chilean President Michelle Bachelet in Lima on Sunday. Peruvian President Alan Garcia met Chilean President Michelle Bachelet in Lima on Monday. The parties agreed to reopen the border.');
    assert.deepEqual(two.filter((e) => !e.startsWith('CONSULT')), ['CONCEDE PERGOV->CHLGOV']);
  });
});
