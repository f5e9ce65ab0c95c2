import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: trigger words that are no verbs', () => {
  it('reads an "-ing" word closing a list of adjectives before a noun as an adjective', () => {
    assert.deepEqual(summary(doc('Peru reviewed the basic, supporting sectors of the Chilean economy.')), []);
    assert.deepEqual(summary(doc('Peru continued supporting Chilean rebels.')).map((s) => s.split(' ')[0]), ['SUPPORT']);
  });
});

describe('events: members suspended or expelled from a body', () => {
  it('codes a member suspended or expelled from a bloc as SANCTION (CAMEO 166), not a trade cut from a union', () => {
    assert.deepEqual(summary(doc('Peru suspended Chile from the bloc after the coup.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru expelled Chile from the alliance.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(findEvents(doc('Peru suspended imports from the Chilean union.')).map((e) => e.cameo), ['163']);
  });
});

describe('events: a guest received by a counterpart', () => {
  it('codes the passive reception as the guest\'s visit to the host', () => {
    assert.deepEqual(summary(doc('The Peruvian foreign minister was received in Lima by his Chilean counterpart.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The letter was received by the Chilean embassy.')), []);
  });
});
