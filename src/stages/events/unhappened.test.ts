import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, heads, summary } from '../../../test/support/events-doc.js';

describe('events: acts wished for, greetings, cautions and questions are no happenings', () => {
  it('leaves out a hypothetical nominal and a fostered relationship', () => {
    assert.deepEqual(summary(doc('Peru and Chile discussed preparations for a possible visit by the President of Peru to Chile.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Norway hoped the agreement would help develop constructive Peruvian-Chilean dialogue.')), []);
  });

  it('keeps a happening that merges with a wish about the same partners', () => {
    assert.deepEqual(heads('Peru held useful talks with Chile. Peru hopes to continue and enhance its contacts with Chile.', 2), ['CONSULT PER->CHL']);
  });

  it('codes no event for an act only hoped for', () => {
    assert.deepEqual(summary(doc('The Peruvian president said he hoped to visit Chile next year.')), []);
    assert.deepEqual(summary(doc('Peru said it would visit Chile next year.')), ['AGREE PER->CHL planned']);
  });

  it('codes no meeting for a summit named as a deadline', () => {
    assert.deepEqual(summary(doc('The trade agreement must be ready by the Peru-Chile summit in November.')), []);
    assert.deepEqual(summary(doc('The treaty must be signed before the next Peru-Chile summit.')), []);
    assert.deepEqual(summary(doc('The concept was agreed in the run-up to the November Peru-Chile summit.')), []);
    assert.deepEqual(summary(doc('The trade agreement was discussed at the Peru-Chile summit in November.')), ['CONSULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('The ceremony was followed by talks between Peru and Chile.')), ['CONSULT PER->CHL occurred']);
  });

  it('reads a warm welcome given to an official as a hosted visit, to other guests as hospitality', () => {
    assert.deepEqual(summary(doc('The Peruvian President gave a warm welcome to the Chilean President in Lima.')), ['CONSULT CHL->PER occurred']);
    assert.deepEqual(summary(doc('Peru gave a warm welcome to war veterans from Chile.')), []);
  });

  it('codes nothing in a question', () => {
    assert.deepEqual(summary(doc('Is Peru going to urge Chile to lift the sanctions?')), []);
  });

  it('reads welcoming an official as hosting, other guests as hospitality, and welcoming their steps as praise', () => {
    assert.deepEqual(summary(doc('Peru welcomed war veterans from Chile.')), []);
    assert.deepEqual(heads('Peru welcomed the Chilean President when she arrived in Lima.', 2), ['CONSULT CHL->PER']);
    assert.equal(heads("Peru welcomed Chile's decision to reopen the border.", 2)[0], 'SUPPORT PER->CHL');
  });

  it('reads a warning against doing something as a caution, not a threat', () => {
    assert.deepEqual(summary(doc('Peru warned against confusing the two agreements with Chile.')), []);
  });

  it('codes a present-tense act after "before" as not yet done', () => {
    assert.deepEqual(heads('Chile must agree to changes before Peruvian rebels demobilize.', 1).includes('RETREAT'), false);
  });
});

describe('events: verb classes of the PLOVER gold', () => {
  it('codes jailed people freed, exchanges suspended and force not excluded', () => {
    assert.deepEqual(heads('Peru freed two jailed Chilean executives on Saturday.', 2), ['RETREAT PER->CHL']);
    assert.deepEqual(heads('Peru suspended military exchanges with Chile on Saturday.', 2), ['SANCTION PER->CHL']);
    assert.deepEqual(heads('Peru would not exclude military force against Chile.', 2), ['THREATEN PER->CHL']);
    assert.deepEqual(heads('Chile suspended Peru from ECOWAS.', 2), ['SANCTION CHL->PER']);
  });

  it('codes relief goods delivered, reservists called up, visas denied and peacekeepers arriving', () => {
    assert.deepEqual(heads('Peru delivered 5,000 tonnes of rice to Chile.', 2), ['AID PER->CHL']);
    assert.deepEqual(heads('Peru called up reservists on Saturday as tension with Chile rose.', 1), ['MOBILIZE']);
    assert.deepEqual(heads('Peru denied entry visas to Chilean officials.', 2), ['SANCTION PER->CHL']);
    assert.deepEqual(heads('The first Peruvian peacekeeping troops arrived in Chile on Tuesday.', 2), ['AID PER->CHL']);
  });

  it('codes declared ceasefires, apologies and promised concessions as CONCEDE, as the PLOVER manual files them', () => {
    assert.deepEqual(heads('Peru declared a unilateral ceasefire with Chile.', 1), ['CONCEDE']);
    assert.deepEqual(heads('Peru apologized to Chile for the incident.', 2), ['CONCEDE PER->CHL']);
    assert.deepEqual(heads('Peru agreed to lift restrictions on Chilean imports.', 1), ['CONCEDE']);
    assert.deepEqual(summary(doc('Peru would like to apologise to Chile that we kept you waiting.')), []);
  });

  it('reads a base-form verb tagged as a noun after a plural subject that opens its clause', () => {
    assert.deepEqual(heads('Peruvian and Chilean negotiators return to Geneva this week for talks on the border.', 2), ['CONSULT PER->CHL']);
    assert.deepEqual(heads('The intelligence sharing between Peru and Chile helped foil the plot.', 2), ['COOPERATE PER->CHL']);
  });

  it('reads demands not met as a rejection, and steps taken to widen freedoms as a concession', () => {
    assert.deepEqual(heads("Peru said it would not meet the Chilean rebels' demands.", 1), ['REJECT']);
    assert.deepEqual(heads('Peru has taken several steps to enhance political freedoms.', 1), ['CONCEDE']);
    assert.deepEqual(summary(doc('Chile should take steps to enhance political freedoms in Peru.')), []);
    assert.deepEqual(summary(doc('Peru became the first country to establish diplomatic relations with Chile.')), ['SUPPORT PER->CHL occurred']);
  });

  it('codes stones thrown as a riot and a declared, unconditional sanction as a sanction, a conditional one as a threat', () => {
    assert.deepEqual(heads('Peruvian youths threw stones at Chilean soldiers.', 1), ['PROTEST']);
    assert.deepEqual(heads('Peru announced it would impose sanctions on Chile.', 1), ['SANCTION']);
    assert.deepEqual(heads('Peru said it would impose sanctions on Chile if Chile did not withdraw.', 1), ['THREATEN']);
  });

  it('codes no seizure for a place under occupation and no offer for a promise to tell', () => {
    assert.deepEqual(summary(doc('Lima celebrated its return from Chilean occupation.')), []);
    assert.deepEqual(summary(doc('Peru promised to tell Chile about the results.')), []);
    assert.deepEqual(summary(doc('Peru has taken many measures in this area to help Chile.')).filter((l) => l.startsWith('COERCE')), []);
    assert.deepEqual(summary(doc("Chile's resolution threatens settlement prospects with Peru.")), []);
  });
});
