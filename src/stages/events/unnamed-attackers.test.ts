import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: attackers the text does not name', () => {
  it('codes unnamed gunmen as the country where they struck', () => {
    assert.deepEqual(summary(doc('Gunmen ambushed a Chilean army convoy near Lima on Wednesday.')), ['ASSAULT PER->CHL occurred']);
  });

  it('leaves named attackers and attackers with no place alone', () => {
    assert.deepEqual(summary(doc('Peruvian gunmen attacked Chilean troops in Geneva.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Gunmen attacked a Chilean army convoy.')), ['ASSAULT -->CHL occurred']);
  });
});
