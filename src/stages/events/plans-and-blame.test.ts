import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, norwaySaid, summary } from '../../../test/support/events-doc.js';

describe('events: acts that are to happen, set or scheduled', () => {
  it('reads "is to", "is set to" and "keen to" as planned', () => {
    assert.deepEqual(summary(doc('The Peruvian president is to meet the Chilean president in Lima next month.')).map((s) => s.split(' ').pop()), ['planned']);
    assert.deepEqual(summary(doc('The Peruvian president is set to visit Chile in May.')).map((s) => s.split(' ').pop()), ['planned']);
    assert.deepEqual(summary(doc('The Peruvian president is keen to visit Chile.')).map((s) => s.split(' ').pop()), ['planned']);
  });

  it('reads a meeting that is scheduled as planned, one that was held as held', () => {
    assert.deepEqual(summary(doc('The meeting between Peru and Chile is scheduled for Tuesday.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('The meeting between Peru and Chile was held on Tuesday.')), ['CONSULT PER->CHL occurred']);
  });
});

describe('events: blame stated as a fact', () => {
  it('codes "said X was behind the attack" as an accusation of X', () => {
    const text = 'Norway said that Chilean hackers were behind the attack on its power grid.';
    assert.deepEqual(summary(doc(text, [norwaySaid(text)])), ['ACCUSE NOR->CHL occurred']);
  });

  it('codes no accusation for what one is responsible for that is no harm', () => {
    const text = 'Norway said that Chile was responsible for security in the region.';
    assert.deepEqual(summary(doc(text, [norwaySaid(text)])).filter((s) => s.startsWith('ACCUSE')), []);
  });
});

describe('events: a refusal to tolerate', () => {
  it('codes "will not tolerate" as a threat, a toleration told as none', () => {
    assert.deepEqual(summary(doc('Peru will not tolerate Chilean incursions into its waters.')), ['THREATEN PER->CHL threatened']);
    assert.deepEqual(summary(doc('Peru will no longer tolerate Chilean incursions into its waters.')), ['THREATEN PER->CHL threatened']);
    assert.deepEqual(summary(doc('Peru has long tolerated Chilean fishing boats in its waters.')).filter((s) => s.startsWith('THREATEN')), []);
  });
});

describe('events: threats against whoever may act, remains handed over', () => {
  it('codes a sanction promised against any country that does something as a threat with no recipient', () => {
    assert.deepEqual(summary(doc('Peru said it would cut trade ties with any country that recognised the new government.')).filter((s) => s.startsWith('THREATEN')), ['THREATEN PER->- threatened']);
  });

  it('codes remains handed over as released', () => {
    assert.deepEqual(summary(doc('Peru handed over the remains of five Chilean soldiers at the border on Thursday.')).map((s) => s.split(' ').slice(0, 2).join(' ')), ['RETREAT PER->CHL']);
  });
});

describe('events: what a hope lists, what a future verb does during a meeting', () => {
  it('codes no event for an act a hope lists after its future verb: it is hoped for, not done', () => {
    const text = 'The Peruvian president expressed the hope that Chile would soon take practical steps, including establishing direct dialogue with Peru.';
    assert.deepEqual(summary(doc(text)), []);
  });

  it('reads a meeting during which a future act is to happen as planned', () => {
    assert.deepEqual(summary(doc('The treaty is the main document to be signed during the meeting between Peru and Chile in Lima.')).map((s) => s.split(' ').pop()), ['planned']);
  });
});
