import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: whom a withdrawal hands the ground to', () => {
  it('aims a withdrawal at the receiver of a "handing … to" participle after it', () => {
    assert.deepEqual(summary(doc('Peruvian troops pulled out of the disputed town on Friday, handing it over to Chilean forces.')), ['RETREAT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops withdrew from two border outposts, handing control back to Chile.')), ['RETREAT PER->CHL occurred']);
  });

  it('takes no receiver from a participle of another kind', () => {
    assert.deepEqual(summary(doc('Peruvian troops withdrew from two border outposts, citing talks with Chile.')), ['RETREAT PER->- occurred']);
  });
});

describe('events: a threat aimed at the owner its complement names after "of"', () => {
  it('aims a threat at the owner of the land or act its complement names', () => {
    assert.deepEqual(summary(doc('Peru threatened to annex a disputed region of Chile.')), ['THREATEN PER->CHL occurred']);
  });
});

describe('events: a refusal aimed at the owner its complement names after "of"', () => {
  it('aims a refusal to attend a gathering at whose gathering it is', () => {
    assert.deepEqual(summary(doc('Peru rejected an invitation to attend a meeting next week of Chilean factions.')), ['REJECT PER->CHL occurred']);
  });
});

describe('events: foreigners by office hit at a place are not its people', () => {
  it('does not aim an attack on peacekeepers at the country of the place', () => {
    assert.deepEqual(summary(doc('Chilean troops ambushed U.N. peacekeepers near Lima on Monday.')), ['ASSAULT CHL->- occurred']);
  });
});
