import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summary, doc } from '../../../test/support/events-doc.js';

describe('events: who acts in a gerund that is no finite verb of its own', () => {
  it('gives a gerund after a preposition of time the subject of the verb before it, not that verb\'s object', () => {
    assert.deepEqual(summary(doc('The Chilean president met Peruvian officials after visiting Norway.')), ['CONSULT CHL->PER occurred', 'CONSULT CHL->NOR occurred']);
  });

  it('leaves an opening gerund to the subject that follows it', () => {
    assert.deepEqual(summary(doc('After visiting Norway, the Chilean president met Peruvian officials.')), ['CONSULT CHL->PER occurred']);
  });

  it('takes the people\'s adjective that opens a gerund\'s noun phrase as its maker, and the harmed as its target', () => {
    assert.deepEqual(summary(doc('Three Chilean soldiers were wounded in Peruvian shelling.')), ['ASSAULT PER->CHL occurred']);
  });

  it('does not take the people\'s adjective as the maker of a gerund that modifies a noun after it', () => {
    assert.equal(summary(doc('Relatives of the Peruvian shooting victims met Chilean officials.')).some((l) => l.startsWith('ASSAULT PER->')), false);
  });

  it('does not take the people\'s adjective as a side of a two-sided fight that names no side after it', () => {
    assert.equal(summary(doc('Two Chilean soldiers were wounded in the Peruvian fighting.')).some((l) => l.includes('PER->')), false);
  });

  it('does not read a plural people\'s noun before a participle as the gerund\'s maker', () => {
    assert.deepEqual(summary(doc('Peruvians shelling the town killed three Chilean soldiers.')), ['ASSAULT -->CHL occurred']);
  });
});
