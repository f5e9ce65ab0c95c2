import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a trigger the tagger misreads after a modal', () => {
  it('reads an adjective-looking base form after "would" or "will" as the verb', () => {
    assert.deepEqual(summary(doc('Peru said it would close the Strait of Magellan.')), ['THREATEN PER->- threatened']);
  });

  it('leaves a stance after a modal alone', () => {
    assert.deepEqual(summary(doc('Peru said it would welcome Chilean membership in the bloc.')), []);
  });
});

describe('events: attack and threat triggers', () => {
  it('codes an ambush as an armed attack, verb or nominal', () => {
    assert.deepEqual(summary(doc('Peruvian rebels ambushed a Chilean army convoy on Friday.')), ['ASSAULT PER->CHL occurred']);
  });

  it('codes military action taken as force, and announced as a threat', () => {
    assert.deepEqual(summary(doc('Peru took military action against Chile in March.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru warned Chile that it would take military action unless Santiago withdrew its troops.')), ['THREATEN PER->CHL threatened']);
  });
});
