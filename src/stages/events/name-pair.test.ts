import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEvents } from './index.js';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: both names of a hyphenated pair that premodifies the object', () => {
  it('aims praise of a third pair\'s relations at both of them', () => {
    const [e] = findEvents(doc('Norway praised Peruvian-Chilean relations.'));
    assert.deepEqual([e?.plover, e?.source?.entities, e?.target?.entities], ['SUPPORT', ['e3'], ['e1', 'e2']]);
  });

  it('leaves out the subject\'s own country: its praise of its relation with another is aimed at the other', () => {
    assert.deepEqual(summary(doc('Peru praised Peruvian-Chilean relations.')), ['SUPPORT PER->CHL occurred']);
  });

  it('splits the joint praise of the subject\'s own pair', () => {
    assert.deepEqual(summary(doc('Peru and Chile praised Peruvian-Chilean relations.')), ['SUPPORT PER->CHL occurred']);
  });

  it('does not take the pair of what talks are about as the partner', () => {
    assert.deepEqual(summary(doc('Norway discussed Peruvian-Chilean relations with Peru.')), ['CONSULT NOR->PER occurred']);
  });
});
