import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: acts a verb of forbidding takes', () => {
  it('codes the ban, and no protest of the rallies it bans, owned as they are', () => {
    assert.deepEqual(summary(doc("Peru banned Chile's rallies protesting the election results.")), ['COERCE PER->CHL occurred']);
    assert.deepEqual(summary(doc("Peru outlawed Chile's demonstrations in Lima.")), ['COERCE PER->CHL occurred']);
  });

  it('keeps a protest that was held and broken up', () => {
    assert.deepEqual(summary(doc("Peru police dispersed Chile's rally in Lima.")), ['COERCE PER->CHL occurred', 'PROTEST CHL->PER occurred']);
  });
});
