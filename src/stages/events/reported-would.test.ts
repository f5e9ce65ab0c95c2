import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';

const analyzer = createAnalyzer();

/** The events of a text, as "PLOVER CAMEO STATUS SOURCE->TARGET" lines. */
function lines(text: string): string[] {
  return analyzer.analyze({ text, published: '2010-01-01' }).events.map((e) => `${e.plover} ${e.cameo} ${e.status} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'}`);
}

describe('events: pledges to keep doing something', () => {
  it('reads "would" in a plain report that follows it as the speaker side\'s plan', () => {
    assert.deepEqual(lines('Turkey would continue to cooperate with Russia, the foreign minister said.'), ['AGREE 031 planned TUR->RUS']);
  });

  it('leaves "would" under a condition hypothetical', () => {
    assert.deepEqual(lines('Turkey would cooperate with Russia if the sanctions were lifted, the foreign minister said.'), []);
  });

  it('reads working with a state as cooperating with it, a pledge when it is to go on', () => {
    assert.deepEqual(lines('The minister said Mexico would keep working with Canada on trade.'), ['AGREE 031 planned MEX->CAN']);
    assert.deepEqual(lines('Mexico worked with Canada on trade.'), ['COOPERATE 060 occurred MEX->CAN']);
  });

  it('reads a ceasefire observed as implemented, and one still to be observed as an intent to de-escalate', () => {
    assert.deepEqual(lines('Pakistan will continue to observe the ceasefire, an army spokesman said.'), ['AGREE 0356 planned PAK->-']);
    assert.deepEqual(lines('Ethiopia abided by the truce.'), ['RETREAT 0871 occurred ETH->-']);
  });

  it('leaves a hostile continuation a threat', () => {
    assert.deepEqual(lines('The commander said Serbia would continue to shell Vukovar.'), ['THREATEN 138 threatened SRB->HRV']);
  });
});
