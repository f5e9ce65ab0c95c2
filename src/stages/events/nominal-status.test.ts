import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a nominal meeting dated by what its sentence says of it', () => {
  it('reads a meeting put off or called off as not held', () => {
    assert.deepEqual(summary(doc('The summit between Peru and Chile was postponed until next year.')), ['CONSULT PER->CHL denied']);
    assert.deepEqual(summary(doc('Talks between Peru and Chile have been called off.')), ['CONSULT PER->CHL denied']);
    assert.deepEqual(summary(doc('The talks between Peru and Chile were adjourned on Friday.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The meeting between Peru and Chile was delayed by an hour.')), ['CONSULT PER->CHL occurred']);
  });

  it('reads a meeting prepared for as planned, an intent to meet', () => {
    assert.deepEqual(summary(doc('Officials of Peru are preparing for the summit with Chile.')), ['AGREE PER->CHL planned']);
  });

  it('reads the nominal of "be to" as planned', () => {
    assert.deepEqual(summary(doc('The Peruvian President and the Chilean President are to hold their first summit in Lima next month.')), ['AGREE PER->CHL planned']);
  });

  it('reads a meeting whose relative clause is in the present perfect as held, whatever its main verb', () => {
    assert.deepEqual(summary(doc('The talks between Peru and Chile, which have been going on since Monday, will end on Friday.')), ['CONSULT PER->CHL occurred']);
  });

  it('reads a meeting whose verb is future past a relative clause as planned', () => {
    assert.deepEqual(summary(doc('The summit between Peru and Chile, which opens in Lima on Monday, will focus on trade.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('The summit between Peru and Chile, which opened in Lima on Monday, focused on trade.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The talks between Peru and Chile, which began on Monday, will continue until Friday.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The talks between Peru and Chile, which were held in Lima, will help trade.')), ['CONSULT PER->CHL occurred']);
  });

  it('reads a meeting dated ahead in an apposition as planned, unless the main verb is past', () => {
    assert.deepEqual(summary(doc('The summit between Peru and Chile, due in Lima next month, will focus on trade.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Talks between Peru and Chile, scheduled for next week in Geneva, are expected to address fishing rights.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('The talks between Peru and Chile, scheduled for Monday, opened a day late in Geneva.')), ['CONSULT PER->CHL occurred']);
  });

  it('codes a meeting or visit called off as a rejection, as the PLOVER manual files cancelled meetings', () => {
    assert.deepEqual(summary(doc('Peru called off a meeting with Chile.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru cancelled a planned visit to Chile.')), ['REJECT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru ended the meeting with Chile on Friday.')), ['CONSULT PER->CHL occurred']);
  });
});
