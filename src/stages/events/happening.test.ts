import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: which verb forms tell a happening', () => {
  it('reads a verb with no passive after a reduced relative as the main verb', () => {
    assert.deepEqual(summary(doc('Food aid sent by Norway arrived in Chile on Monday.')), ['AID NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Medical supplies donated by Peru arrived in Chile.')), ['AID PER->CHL occurred']);
  });

  it('reads a gerund after a preposition of time as an act of the subject, one after another preposition as a topic', () => {
    assert.deepEqual(summary(doc('The Peruvian president returned to Lima after attending a summit with Chile.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian president returned to Lima after visiting Chile.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The Peruvian president spoke about the importance of visiting Chile.')), []);
  });

  it('reads a gerund after a preposition of time as no act under a main verb that is no past (review s12 finding 4)', () => {
    assert.deepEqual(summary(doc('Peru would think twice before attacking Chile.')), []);
    assert.deepEqual(summary(doc('Chile wants guarantees before signing any deal with Peru.')), []);
    assert.deepEqual(summary(doc('Peru must consult Chile before attacking Norway.')), ['CONSULT PER->CHL hypothetical']);
  });

  it('reads a gerund after "upon" that a verb governs as no act (review s12 finding 5)', () => {
    assert.deepEqual(summary(doc('Peru insisted upon negotiating with Chile.')), []);
    assert.deepEqual(summary(doc('Peru depends upon receiving aid from Chile.')), []);
  });

  it('reads a gerund with its own agent after a preposition of time as a noun, no act of the subject (review s12 finding 6)', () => {
    assert.deepEqual(summary(doc('Peru closed its border after fighting between Chilean troops and rebels.')), []);
  });

  it('reads "is due to" as a visit scheduled, and "due to" as a cause as no act', () => {
    assert.deepEqual(summary(doc('The Peruvian president is due to visit Chile next week.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Progress was made largely due to coordinated efforts by Peru and Chile.')), []);
  });
});

describe('events: bare participles after a subordinator', () => {
  it('codes no act of the subject for "when asked"', () => {
    assert.deepEqual(summary(doc('Peru said no when asked about the border with Chile.')), []);
    assert.deepEqual(summary(doc('When Peru asked Chile to withdraw its troops, Lima waited.'))[0], 'REQUEST PER->CHL occurred');
  });
});
