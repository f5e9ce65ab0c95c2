import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: sides named around the trigger', () => {
  it('takes whoever sent a message received as its source', () => {
    assert.deepEqual(summary(doc('The Chilean president received a telephone call on Monday from the Peruvian president.')), ['CONSULT PER->CHL occurred']);
  });

  it('keeps people received from someone as the receiver\'s act', () => {
    assert.deepEqual(summary(doc('Chile received a mission of observers from Peru.')).map((l) => l.split(' ')[1]), ['CHL->PER']);
  });

  it('aims a protest at a foreign embassy at its state, not at the protesters\' own city', () => {
    assert.deepEqual(summary(doc('Thousands of Peruvians rallied outside the Chilean embassy in Lima on Sunday.')), ['PROTEST PER->CHL occurred']);
  });

  it('gives an opening participle the subject of the main clause after it', () => {
    assert.deepEqual(summary(doc('Meeting Chilean officials in Lima on Monday, the Peruvian president called for calm.')).filter((l) => l.startsWith('CONSULT')), ['CONSULT PER->CHL occurred']);
  });

  it('reads "talks between the X and Y ministers" as the two sides meeting', () => {
    assert.deepEqual(summary(doc('Talks between the Peruvian and Chilean foreign ministers ended in Geneva on Friday without agreement.')), ['CONSULT PER->CHL occurred']);
  });

  it('aims a protest at whoever the protesters are angered by', () => {
    assert.deepEqual(summary(doc('Thousands of Chileans, angered by the arrest of a teenager by Peruvian police, demonstrated on Friday.')).filter((l) => l.startsWith('PROTEST')), ['PROTEST CHL->PER occurred']);
  });

  it('takes the maker of a passive subject over an actor that only modifies its noun', () => {
    assert.deepEqual(summary(doc('A Norway resolution sponsored by Chile was backed by Peru on Thursday.')), ['SUPPORT PER->CHL occurred']);
  });

  it('gives force on someone held to the custodian', () => {
    assert.deepEqual(summary(doc('A Peruvian prisoner died as a result of torture while in Chilean police custody.')).filter((l) => l.startsWith('ASSAULT')), ['ASSAULT CHL->PER occurred']);
  });

  it('does not aim a rejection at what a second infinitive deeper in its complement names', () => {
    assert.deepEqual(summary(doc('Peru rejected an invitation to attend a conference to discuss independence from Chile.')).filter((l) => l.startsWith('REJECT')), ['REJECT PER->- occurred']);
  });

  it('does not aim a request at the own country it is made for', () => {
    assert.deepEqual(summary(doc('The Peruvian president requested assistance to Peru after the floods.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST PER->- occurred']);
  });

  it('aims a request for the own country at whom a "from" after it names', () => {
    assert.deepEqual(summary(doc('The Peruvian president asked for more aid for Peru from Chile.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST PER->CHL occurred']);
  });

  it('joins a nationality with its head nouns to a named counterpart after "and"', () => {
    const [line] = summary(doc('Norway thanked Peruvian regional governors and the Chilean president for their help.'));
    assert.equal(line, 'SUPPORT NOR->PER occurred');
    assert.deepEqual(findEvents(doc('Norway thanked Peruvian regional governors and the Chilean president for their help.'))[0]!.target?.entities, ['e1', 'e2']);
  });
});
