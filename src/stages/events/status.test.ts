import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: status of acts hoped for or still to come', () => {
  it('reads a nominal that is the subject of a future verb as planned, not held', () => {
    assert.deepEqual(summary(doc('Talks between Peru and Chile will resume in Lima next week.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Talks between Peru and Chile resumed in Lima on Monday.')), ['CONSULT PER->CHL occurred']);
  });

  it('codes no event for an act in a that-clause after a word of hoping: a hope is no happening', () => {
    assert.deepEqual(summary(doc('The minister said he hoped that meetings between Peru and Chile would continue.')), []);
  });

  it('keeps an act expected, not hoped for, as expected', () => {
    assert.deepEqual(summary(doc('Peru has indicated expectations for a prisoner swap with Chile.')).map((s) => s.split(' ').pop()), ['expected']);
  });

  it('reads "May" before a year or a day as the month, not the modal', () => {
    assert.deepEqual(summary(doc('In May 2019 the foreign ministers of Peru and Chile met in Lima.')).map((s) => s.split(' ').pop()), ['occurred']);
    assert.deepEqual(summary(doc('The foreign ministers of Peru and Chile may meet in Lima.')).map((s) => s.split(' ').pop()), ['hypothetical']);
  });

  it('codes no meeting for a dialogue only argued for', () => {
    assert.ok(!summary(doc('The Peruvian president championed a continued dialogue between Peru and Chile.')).some((s) => s.startsWith('CONSULT')));
  });

  it('passes a future on through an aspectual verb', () => {
    assert.deepEqual(summary(doc('Peru will continue to support the Chilean government.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peru continued to support the Chilean government.')), ['SUPPORT PER->CHL occurred']);
  });

  it('reads a bare verb after "until" as still to come unless its past has that form and its subject is singular', () => {
    const retreats = (text: string): string[] => summary(doc(text)).filter((s) => s.startsWith('RETREAT'));
    assert.deepEqual(retreats('Peru will keep fighting until Chile and Bolivia withdraw their troops from the border.'), []);
    assert.deepEqual(retreats('Peru will keep fighting until the Chilean army withdraw its troops from Bolivia.'), []);
    assert.deepEqual(summary(doc('Peru will keep its embassy open until Chilean police shut the border with Peru.')).filter((s) => s.startsWith('SANCTION')), []);
    assert.deepEqual(summary(doc('Trade flowed until the Chilean army shut the border with Peru.')), ['SANCTION CHL->PER occurred']);
  });

  it('reads a lemma-form past after "until" by its main clause, and codes no act still to come after it (review s12 finding 3)', () => {
    assert.deepEqual(summary(doc('Trade flowed until Chilean police shut the border with Peru.')), ['SANCTION CHL->PER occurred']);
    assert.deepEqual(summary(doc('Peru will keep its embassy open until Chilean police shut the border with Peru.')), []);
  });

  it('reads a present-tense act after "until" past its subject as still to come', () => {
    assert.deepEqual(summary(doc('Peruvian rebels have sworn to fight on until Chile withdraws its troops from Bolivia.')).filter((s) => s.startsWith('RETREAT')), []);
    assert.deepEqual(summary(doc('Peruvian rebels fought until Chile withdrew its troops from Bolivia.')).filter((s) => s.startsWith('RETREAT')).map((s) => s.split(' ').pop()), ['occurred']);
    // review finding 7: a bare past identical to its lemma after a singular subject ("Chile shut", not "Chile shuts").
    assert.deepEqual(summary(doc('Trade flowed freely until Chile shut the border with Peru.')).filter((s) => s.startsWith('THREATEN')), []);
    assert.deepEqual(summary(doc('Peru will keep its embassy open until Chile cuts diplomatic ties with Peru.')).filter((s) => s.startsWith('SANCTION')), []);
  });

  it('passes a future on through an aspectual verb to its gerund: cooperation to come is agreed, a withdrawal to come declared', () => {
    assert.deepEqual(summary(doc('Peru will continue cooperating with Chile.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peru will begin withdrawing its troops from Chile next week.')), ['CONCEDE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peru began withdrawing its troops from Chile.')), ['RETREAT PER->CHL occurred']);
  });

  it('reads the infinitive of a decision whose agent stands between them as planned', () => {
    assert.ok(summary(doc('Chile welcomed the decision by Peru to release the fishermen.')).every((s) => !s.endsWith('occurred') || s.startsWith('SUPPORT')));
  });

  it('reads an act scheduled or slated to happen as planned', () => {
    assert.deepEqual(summary(doc('The foreign ministers of Peru and Chile are scheduled to meet in Lima on Friday.')).map((e) => e.split(' ').pop()), ['planned']);
    assert.deepEqual(summary(doc('The foreign ministers of Peru and Chile met in Lima on Friday.')).map((e) => e.split(' ').pop()), ['occurred']);
  });

  it('reads a nominal that is the subject of "would" as planned', () => {
    assert.deepEqual(summary(doc('The talks between Peru and Chile would continue on Friday.')), ['AGREE PER->CHL planned']);
  });
});

describe('events: a nominal object takes the tense of its verb', () => {
  it('reads consultations a future or reported "would" verb governs as planned, a modal one as hypothetical', () => {
    assert.deepEqual(summary(doc('Peru said it would continue consultations with Chile.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peru will resume consultations with Chile.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peru resumed consultations with Chile on Monday.')), ['CONSULT PER->CHL occurred']);
  });
});

describe('events: acts denied', () => {
  it('reads a nominal object of a negated verb, and a gerund after "denied", as denied', () => {
    assert.deepEqual(summary(doc('Peru did not attend the meeting with Chile.')), ['CONSULT PER->CHL denied']);
    assert.deepEqual(summary(doc('Peru never held talks with Chile.')), ['CONSULT PER->CHL denied']);
    assert.deepEqual(summary(doc('Peru denied sending troops into Chile.')), ['AID PER->CHL denied']);
  });
});

describe('events: a meeting named in a phrase of a future act', () => {
  it('reads the meeting as still to come when the clause verb before it is future', () => {
    assert.deepEqual(summary(doc('Peruvian and Chilean officials would continue the discussion at a meeting in Geneva.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Peruvian and Chilean officials continued the discussion at a meeting in Geneva.')), ['CONSULT PER->CHL occurred']);
  });

  it('leaves an act that a future response answers as done', () => {
    assert.deepEqual(summary(doc("Peru said it would respond to Chile's recent attacks.")), ['THREATEN PER->CHL threatened', 'ASSAULT CHL->- occurred']);
    assert.deepEqual(summary(doc('Peru said it would respond to the attack by Chile.')), ['THREATEN PER->CHL threatened', 'ASSAULT CHL->- occurred']);
  });
});

describe('events: acts weighed or put forward', () => {
  it('codes nothing material for a gerund after "consider"', () => {
    assert.deepEqual(summary(doc('Peru instructed its ministers to consider helping Chile.')), []);
    assert.deepEqual(summary(doc('Peru began sending aid to Chile.')), ['AID PER->CHL occurred']);
  });
});

describe('events: meetings supposed or still to come', () => {
  it('codes no held meeting for a nominal subject of a modal', () => {
    assert.ok(!summary(doc('Both sides stressed that talks between Peru and Chile should resume soon.')).some((s) => s.endsWith('occurred')));
  });

  it('reads a meeting in a "during" phrase of a future clause as planned', () => {
    assert.deepEqual(summary(doc('Peru said that during the meeting between Peru and Chile they would sign a trade agreement.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('During the meeting with Chile, Peru signed a trade agreement.'))[0], 'CONSULT PER->CHL occurred');
  });
});

describe('events: a verb coordinated with an earlier one', () => {
  it('shares its modal, future or negation', () => {
    assert.deepEqual(summary(doc('The Peruvian government should assume its responsibilities and resign.')), []);
    assert.deepEqual(summary(doc('Peru did not meet Chilean officials or sign the treaty with Chile.')), ['CONSULT PER->CHL denied', 'SUPPORT PER->CHL denied']);
    assert.deepEqual(summary(doc('Peru met Chilean officials and signed the treaty with Chile.')), ['CONSULT PER->CHL occurred', 'SUPPORT PER->CHL occurred']);
  });

  it('reads an act one has yet to do, or has no plans to do, as not done', () => {
    assert.deepEqual(summary(doc('Peru has yet to withdraw its troops from the Chilean border.')).map((e) => e.split(' ').pop()), ['denied']);
    assert.deepEqual(summary(doc('Peru said it had no plans to send troops to Chile.')).map((e) => e.split(' ').pop()), ['denied']);
    assert.deepEqual(summary(doc('Peru said it plans to send troops to Chile.')).map((e) => e.split(' ').pop()), ['planned']);
  });

  it('reads an act not planned, or denied by a negative subject, as not done, and the going-to future as planned', () => {
    assert.deepEqual(summary(doc('The Peruvian president said he was not planning to meet Chilean officials.')).map((e) => e.split(' ').pop()), ['denied']);
    assert.deepEqual(summary(doc('Nobody is going to attack Chile.')).map((e) => e.split(' ').pop()), ['denied']);
    assert.deepEqual(summary(doc('Peru is going to attack Chile.')), ['THREATEN PER->CHL threatened']);
  });
});
