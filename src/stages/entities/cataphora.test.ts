import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../app/analyze.js';

/** The entity cluster of the pronoun `word` and of the name `name` in a one-article text. */
function clusters(text: string, word: string, name: string): [string | undefined, string | undefined] {
  const record = analyze({ text, published: '2003-10-01' });
  const of = (t: string): string | undefined => record.entities.find((m) => m.text === t)?.entity;
  return [of(word), of(name)];
}

describe('pronouns in an opening subordinate clause', () => {
  it('point forward to the main clause\'s subject', () => {
    const [he, putin] = clusters('Armenian President Robert Kocharian arrived first. As he met with Tajik President Emomali Rakhmonov, Mr Putin said that trade had grown.', 'he', 'Mr Putin');
    assert.ok(he !== undefined && he === putin);
  });

  it('point back as before when the main clause opens with no person', () => {
    const [he, kocharian] = clusters('Armenian President Robert Kocharian arrived first. As he met with Mr Putin, reporters asked about trade.', 'he', 'Armenian President Robert Kocharian');
    assert.ok(he !== undefined && he === kocharian);
  });
});
