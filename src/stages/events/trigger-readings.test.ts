import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: fire opened, suggestions, denials', () => {
  it('codes fire opened across a border as shooting, a border opened as a blockade eased', () => {
    assert.deepEqual(summary(doc('Peruvian troops opened fire across the border on Chilean posts overnight.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(doc('Peru reopened its border with Chile on Friday.')), ['RETREAT PER->CHL occurred']);
  });

  it('reads a suggestion that something is so as no act, a suggestion of talks as a proposal', () => {
    assert.deepEqual(summary(doc('Peru said a report suggests that Chilean warships entered its waters.')).filter((s) => s.startsWith('AGREE') || s.startsWith('REQUEST')), []);
    assert.deepEqual(summary(doc('Peru suggested holding talks with Chile in Geneva.')).map((s) => s.split(' ')[0]), ['AGREE']);
  });

  it('codes a denial of an accusation as its rejection, of a report as none', () => {
    assert.deepEqual(summary(doc('Peru denied the charges made by Chile on Friday.')).map((s) => s.split(' ')[0]), ['REJECT']);
    assert.deepEqual(summary(doc('Peru denied accusations by Chile that it had armed the rebels.')).map((s) => s.split(' ')[0]), ['REJECT']);
    assert.deepEqual(summary(doc('Peru denied reports that its troops had crossed into Chile.')), []);
  });
});

describe('events: strikes from work and military strikes', () => {
  it('reads a strike by workers or against a policy as a labour protest, a strike launched on a place as an attack', () => {
    assert.deepEqual(summary(doc('The strike by Peruvian truckers against fuel taxes entered its third day.')).map((s) => s.split(' ')[0]), ['PROTEST']);
    assert.ok(!summary(doc('Peruvian miners stayed away in a strike against the plan to close the mines.')).some((s) => s.startsWith('ASSAULT')));
    assert.deepEqual(summary(doc('Peru launched a strike on a Chilean weapons depot over the weekend.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });
});

describe('events: protests crushed or suppressed', () => {
  it('codes a protest crushed as one broken up, and a crushing to come as a threat against the protesters', () => {
    // review s12 finding 10: the rally by Chileans happened too.
    assert.deepEqual(summary(doc('Peruvian police crushed a rally by Chileans in Lima.')), ['COERCE PER->CHL occurred', 'PROTEST CHL->PER occurred']);
    assert.deepEqual(summary(doc('Peruvian troops will crush any rallies by Chileans.')), ['THREATEN PER->CHL threatened']);
    assert.deepEqual(summary(doc('Peruvian troops crushed Chilean rebels.')), []);
    // review s12 finding 9: with people as object, crushing is physical, no repression of a protest.
    assert.deepEqual(summary(doc('A Peruvian army truck crushed two protesters in Lima.')), []);
  });
});

describe('events: orders to leave told in the passive, protests held on', () => {
  it('codes diplomats or journalists ordered to leave in the passive as expelled by the agent after "by"', () => {
    assert.deepEqual(summary(doc('Two Chilean diplomats were ordered to leave the country by Peru on Wednesday.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('A Chilean correspondent was ordered to leave Lima by Peru.')), ['COERCE PER->CHL occurred']);
  });

  it('codes diplomats given a time to leave as expelled, given anything else to leave as no expulsion', () => {
    assert.deepEqual(summary(doc('Two Chilean diplomats were given 48 hours to leave the country by Peru.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Two Chilean diplomats were given a week to leave Lima by Peru.')), ['SANCTION PER->CHL occurred']);
    assert.deepEqual(summary(doc('Chilean diplomats were given an escort to leave Lima by Peru.')), []);
  });

  it('codes a strike or hunger strike kept up as a protest, strikes on a place held on as the attacks alone', () => {
    assert.deepEqual(summary(doc('Peruvian miners kept up their strike for a third week.')), ['PROTEST PER->- occurred']);
    assert.deepEqual(summary(doc('Peruvian warplanes continued their strikes on Chile.')), ['ASSAULT PER->CHL occurred']);
  });

  it('codes strikes the noun reads as attacks on a side, kept up or continued, as the attacks alone, with no labour strike', () => {
    assert.deepEqual(summary(doc('Peruvian jets kept up their strikes against Chilean positions.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(doc('Peruvian jets continued their air strikes in Chile.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(doc('Chilean dockworkers kept up their strike against the pension reform.')).map((s) => s.split(' ')[0]), ['PROTEST']);
  });
});
