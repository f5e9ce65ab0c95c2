import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();
const TITLE = 'Telephone conversation with President of Chile Michelle Bachelet';

/** The events of a text under a call title, as "PLOVER STATUS SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ title: TITLE, text, published: '2010-01-01' }).events.map((e) => `${e.plover} ${e.status} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: a pledge undertaken in the call the title names', () => {
  it('is aimed at the title\'s partner when it is planned, as when it is made', () => {
    assert.deepEqual(lines('Michelle Bachelet raised the border dispute. Peruvian President Alan Garcia said Peru was ready to sign an agreement on fishing rights.'),
      ['AGREE planned PER->CHLGOV']);
  });
});
