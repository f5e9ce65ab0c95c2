import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: a protest participle after its people', () => {
  it('codes the people before the participle, not the clause subject, protesting what it names', () => {
    const events = summary(doc("Peru fired tear gas at Chileans protesting Norway's new border rules."));
    assert.ok(events.includes('PROTEST CHL->NOR occurred'));
    assert.ok(!events.some((e) => e.startsWith('ACCUSE PER') || e.startsWith('PROTEST PER')));
  });

  it('reads the people through the plural head noun their name modifies', () => {
    assert.deepEqual(summary(doc("Peru detained dozens of Chilean farmers protesting Norway's import rules.")), ['COERCE PER->CHL occurred', 'PROTEST CHL->NOR occurred']);
    assert.ok(summary(doc("Chilean farmers protesting Peru's import rules blocked roads near Lima.")).includes('PROTEST CHL->PER occurred'));
  });

  it("keeps the people's protest beside a police act whose pattern took the participle as its protest (\"disperse * protest\")", () => {
    assert.deepEqual(summary(doc("Peru police dispersed Chilean farmers protesting Norway's import rules.")), ['COERCE PER->CHL occurred', 'PROTEST CHL->NOR occurred']);
    assert.deepEqual(summary(doc('Police in Lima broke up Chileans protesting the new border rules.')), ['COERCE PER->CHL occurred', 'PROTEST CHL->PER occurred']);
  });

  it('adds no protest of people no actor names', () => {
    assert.equal(summary(doc('Hundreds of farmers protesting the import rules blocked roads in Lima.')).filter((e) => e.startsWith('PROTEST')).length, 1);
  });

  it('leaves a participle after things or an organisation to the clause', () => {
    assert.ok(summary(doc("Norway issued statements protesting Peru's incursions near the border.")).includes('ACCUSE NOR->PER occurred'));
    assert.deepEqual(summary(doc('Norway banned rallies protesting the election results in Lima.')), ['COERCE NOR->PER occurred']);
  });

  it('aims the protest with its people as the source from the start', () => {
    // Aimed with the police as source, the place's country was their own and was dropped with them: no target.
    assert.deepEqual(summary(doc('Police fired tear gas at demonstrators protesting the election results in Lima.')), ['PROTEST PER->PER occurred']);
    // A foreign mission in the crowd's phrase is whom they protest, not whose people they are; the protest is in the mission's city,
    // where the crowd is from, so no state's complaint (ACCUSE) either.
    assert.deepEqual(summary(doc('Police fired tear gas at demonstrators protesting outside the Chile embassy in Lima.')), ['PROTEST PER->CHL occurred']);
  });

  it("reads the people an owner names (\"Chile's farmers\"), not what it owns", () => {
    // The owner's code here: the sector of an owner's people ("Chile's farmers" CHLCVL) is the entities stage's (state-bodies.ts).
    assert.ok(summary(doc("Peru fired tear gas at Chile's farmers protesting pay cuts.")).includes('PROTEST CHL->CHL occurred'));
    assert.deepEqual(summary(doc("Police in Lima fired tear gas at Peru's statements protesting the import rules.")), ['ASSAULT PER->- occurred']);
  });

  it('leaves a participle after a singular noun alone', () => {
    assert.deepEqual(summary(doc("The strike protesting Peru's reform ended in Lima.")), []);
  });
});
