import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

/** Sentences whose meeting is with envoys from Chile, and the meeting line each must give. */
const MET: [string, string][] = [
  ['Peru held talks on Monday with a visiting delegation from Chile.', 'CONSULT PER->CHL occurred'],
  ['Peru met a team from Chile in Geneva.', 'CONSULT PER->CHL occurred'],
];

describe('events: envoys sent from a country are its side', () => {
  for (const [text, line] of MET) it(`aims "${text}" at the envoys' country`, () => {
    assert.deepEqual(summary(doc(text)).filter((l) => l.startsWith('CONSULT')), [line]);
  });

  it('keeps a place after "from" that follows no envoys a place', () => {
    const lines = summary(doc('The Peruvian president praised workers from Chile.'));
    assert.ok(lines.length > 0 && lines.every((l) => !l.includes('->CHL')), lines.join('; '));
  });
});
