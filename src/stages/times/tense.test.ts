import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timesIn } from './testing.js';

/** The anchor of the mention `phrase` in `text`. */
const anchorOf = (text: string, phrase: string): string | undefined => timesIn(text).find((t) => t.text === phrase)?.anchor;

describe('times/tense', () => {
  const cases: [string, string, string | undefined][] = [
    ['Trump, who spoke with Putin on Wednesday, indicated nothing.', 'Wednesday', 'past'],
    ['On Wednesday, Trump spoke with Putin.', 'Wednesday', 'past'],
    ['The leaders will meet on Friday.', 'Friday', 'future'],
    ['He said he would visit Kyiv on Friday.', 'Friday', 'future'],
    ['The summit was expected to open on Friday.', 'Friday', 'future'],
    ['A special event is to be held on October 12.', 'October 12', 'future'],
    ['Zelenskyy has indicated expectations for a swap this weekend.', 'this weekend', 'future'],
    ['Plants closed, resulting in cuts during the fourth quarter.', 'the fourth quarter', undefined],
  ];
  for (const [text, phrase, anchor] of cases) {
    it(`anchors "${phrase}" in "${text}" as ${anchor}`, () => assert.equal(anchorOf(text, phrase), anchor));
  }
});
