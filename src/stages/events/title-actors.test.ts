import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAnalyzer } from '../../app/analyze.js';
import { assertRecordInvariants } from '../../../test/support/invariants.js';
import { defaultStages } from '../index.js';
import { createEventsStage } from './index.js';
import { doc } from '../../../test/support/events-doc.js';

const analyzer = createAnalyzer();

/** The events of a titled text as "PLOVER SOURCE->TARGET side-text" lines, the record checked against the contract. */
function lines(title: string, text: string): string[] {
  const record = analyzer.analyze({ title, text, published: '2010-01-01' });
  assertRecordInvariants(record);
  return record.events.map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'} ${e.source?.text ?? ''}`);
}

describe('events: the pair of a body phrase named only in the title', () => {
  it('reads "the two presidents" as the two people of two countries the title names', () => {
    const events = lines('Peruvian President Alan Garcia spoke by telephone with Chilean President Michelle Bachelet', 'The two presidents discussed the border dispute.');
    assert.deepEqual(events, ['CONSULT PERGOV->CHLGOV The two presidents']);
  });

  it('reads "the parties" from the title too, the side text being the body span', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet', 'The parties discussed trade and the border.');
    assert.deepEqual(events, ['CONSULT PERGOV->CHLGOV The parties']);
  });

  it('keeps the body entity of a title person the body names as well', () => {
    const record = analyzer.analyze({ title: 'Peruvian President Alan Garcia met Chilean President Michelle Bachelet', text: 'Alan Garcia arrived on Monday. The two presidents discussed trade.', published: '2010-01-01' });
    assertRecordInvariants(record);
    const talk = record.events.find((e) => e.trigger.text === 'discussed');
    assert.equal(talk?.source?.entities.length, 1);
    assert.equal(talk?.target?.entities.length, 0);
  });

  it('pairs the body\'s one person with the title\'s partner after "with"', () => {
    const events = lines('Telephone conversation with President of Chile Michelle Bachelet', 'Peruvian President Alan Garcia called on Monday. The two presidents discussed the border dispute.');
    assert.ok(events.includes('CONSULT PERGOV->CHLGOV The two presidents'), events.join('; '));
  });

  it('takes no pair from a title naming people of one country only, but from one of two', () => {
    assert.deepEqual(lines('Telephone conversation with Chilean President Michelle Bachelet', 'The two presidents discussed trade.'), []);
    assert.deepEqual(lines('Telephone conversation of Peruvian President Alan Garcia with Chilean President Michelle Bachelet', 'The two presidents discussed trade.'),
      ['CONSULT PERGOV->CHLGOV The two presidents']);
  });

  it('takes no pair from a title of three countries, but from the same title without the third', () => {
    const title = 'Peruvian President Alan Garcia met Chilean President Michelle Bachelet and Bolivian President Evo Morales';
    assert.deepEqual(lines(title, 'The two presidents discussed trade.'), []);
    assert.deepEqual(lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet', 'The two presidents discussed trade.'), ['CONSULT PERGOV->CHLGOV The two presidents']);
  });

  it('takes no title pair when the body names a person of a third country first', () => {
    const events = lines('Peruvian President Alan Garcia met Chilean President Michelle Bachelet', 'Bolivian President Evo Morales was absent. The parties discussed trade.');
    assert.deepEqual(events.filter((e) => e.includes('CHLGOV')), []);
  });
});

describe('events: a title is read as a sentence', () => {
  it('costs the document none of its events when the headline has no end punctuation after a body\'s head', () => {
    const record = analyzer.analyze({ title: 'Lima hosted a meeting of the Council of Andean heads of State', text: 'Peru accused Chile of spying on Monday. The parties discussed trade.', published: '2010-01-01' });
    assert.deepEqual(record.diagnostics.filter((d) => d.code === 'pipeline/stage-failed'), []);
    assert.ok(record.events.some((e) => e.plover === 'ACCUSE'));
  });

  it('keeps the events of a document whose title the reader fails on, and says so in a warning', () => {
    const stage = createEventsStage({ readTitle: () => { throw new Error('no sentence in the title'); } });
    const body = doc('Peru accused Chile of spying. The parties discussed trade.');
    const out = stage.run({ ...body, meta: { ...body.meta, title: 'Peru and Chile' } }, {});
    assert.ok((out.layers.events ?? []).some((e) => e.plover === 'ACCUSE'));
    assert.deepEqual(out.diagnostics.map((d) => `${d.code} ${d.severity} ${d.stage}`), ['events/title-unread warning events']);
  });
});

describe('events: the counterpart of a talk named only in the title', () => {
  it('takes the partner after "with" in the title when the body names that person', () => {
    const title = 'Telephone conversation with President of Chile Michelle Bachelet';
    const events = lines(title, 'Discussing the border dispute, Peruvian President Alan Garcia stressed the need for calm. Michelle Bachelet agreed.');
    assert.ok(events.includes('CONSULT PERGOV->CHLGOV Peruvian President Alan Garcia'), events.join('; '));
  });

  it('takes no partner the body never names', () => {
    const events = lines('Telephone conversation with President of Chile Michelle Bachelet', 'Discussing the border dispute, Peruvian President Alan Garcia stressed the need for calm.');
    assert.deepEqual(events.filter((e) => e.startsWith('CONSULT')), []);
  });

  it('takes no partner for a body or a pronoun holding the talk', () => {
    const title = 'Telephone conversation with President of Chile Michelle Bachelet';
    assert.deepEqual(lines(title, 'Michelle Bachelet spoke. The Peruvian Congress held talks on the border dispute.').filter((e) => e.includes('->CHL')), []);
  });

  it('takes no partner from a title whose person follows no "with"', () => {
    const title = 'President of Chile Michelle Bachelet visited a copper mine';
    const events = lines(title, 'Discussing the border dispute, Peruvian President Alan Garcia stressed the need for calm. Michelle Bachelet agreed.');
    assert.deepEqual(events.filter((e) => e.startsWith('CONSULT')), []);
  });
});

describe('events: a pledge made in a talk named only in the title', () => {
  const title = 'Telephone conversation with President of Chile Michelle Bachelet';

  it('aims the protagonist\'s pledge with no target at the title\'s partner the body names', () => {
    const events = lines(title, "Michelle Bachelet informed Alan Garcia about the talks. Alan Garcia confirmed Peru's readiness to increase gas exports.");
    assert.ok(events.includes('AGREE PER->CHLGOV Peru'), events.join('; '));
  });

  it('aims a pledge in a message the title sends to a person at that person', () => {
    const sent = lines('Peruvian President Alan Garcia sent a message to Chilean President Michelle Bachelet', "Alan Garcia confirmed Peru's readiness to increase gas exports. Michelle Bachelet was pleased.");
    assert.ok(sent.includes('AGREE PER->CHLGOV Peru'), sent.join('; '));
  });

  it('aims a pledge of the person the title\'s message is sent to at the title\'s other person', () => {
    const reply = lines('Peruvian President Alan Garcia sent a message to Chilean President Michelle Bachelet', "In her letter of May 2, Michelle Bachelet confirmed Chile's readiness to increase gas exports. Alan Garcia welcomed the proposal.");
    assert.ok(reply.includes('AGREE CHL->PERGOV Chile'), reply.join('; '));
  });

  it('keeps the target another mention of the same pledge names, rather than the title\'s partner', () => {
    const events = lines(title, "Michelle Bachelet informed Alan Garcia about the talks. Alan Garcia confirmed Peru's readiness to continue its assistance with mediation by Norway.");
    assert.deepEqual(events.filter((e) => e.startsWith('AGREE')), ['AGREE PER->NOR Peru']);
  });

  it('leaves a pledge of the protagonist\'s country\'s rebels or opposition untargeted, not of its army', () => {
    const rebels = lines(title, 'Alan Garcia discussed the border with Michelle Bachelet. Peruvian rebels confirmed their readiness to hold talks.');
    assert.ok(rebels.some((e) => e.startsWith('AGREE PERREB->-')) && rebels.every((e) => !e.startsWith('AGREE PERREB->CHL')), rebels.join('; '));
    const opposition = lines(title, 'Alan Garcia discussed the border with Michelle Bachelet. The Peruvian opposition confirmed its readiness to join a unity government.');
    assert.ok(opposition.some((e) => e.startsWith('AGREE PEROPP->-')), opposition.join('; '));
    const army = lines(title, 'Michelle Bachelet informed Alan Garcia about the talks. The Peruvian army confirmed its readiness to increase patrols.');
    assert.ok(army.some((e) => e.startsWith('AGREE PERMIL->CHLGOV')), army.join('; '));
  });

  it('leaves a third party\'s pledge untargeted', () => {
    const events = lines(title, "Michelle Bachelet informed Alan Garcia about the talks. Alan Garcia said that Bolivia had confirmed its readiness to increase gas exports.");
    assert.ok(events.every((e) => !e.startsWith('AGREE BOL->CHL')), events.join('; '));
  });
});

describe('events: numberless plurals of the pair', () => {
  it('reads "The presidents discussed" as the two just named', () => {
    const events = lines('Summit in Lima', 'Peruvian President Alan Garcia met Chilean President Michelle Bachelet on Monday. The presidents agreed to reopen the border.');
    assert.ok(events.some((e) => /^(AGREE|CONCEDE) PERGOV->CHLGOV The presidents$/.test(e)), events.join('; '));
  });

  it('reads "the two heads of state" as the two just named', () => {
    const events = lines('Summit in Lima', 'Peruvian President Alan Garcia met Chilean President Michelle Bachelet on Monday. The two heads of state agreed to reopen the border.');
    assert.ok(events.some((e) => /^(AGREE|CONCEDE) PERGOV->CHLGOV The two heads of state$/.test(e)), events.join('; '));
  });

  it('takes no pair from a title whose people all follow "with" (the unnamed host is a third), but from one naming the host', () => {
    assert.deepEqual(lines('Working breakfast with Chilean President Michelle Bachelet and Peruvian President Alan Garcia', 'The leaders discussed trade.'), []);
    assert.deepEqual(lines('Peruvian President Alan Garcia had a working breakfast with Chilean President Michelle Bachelet', 'The leaders discussed trade.'), ['CONSULT PERGOV->CHLGOV The leaders']);
  });

  it('does not read "the presidents of" as a subject pair', () => {
    const events = lines('Summit in Lima', 'Peruvian President Alan Garcia met Chilean President Michelle Bachelet on Monday. The presidents of the Andean countries discussed trade.');
    assert.deepEqual(events.filter((e) => e.includes('The presidents')), []);
  });
});

describe('events: the title reader the pipeline gives', () => {
  const title = 'Peruvian President Alan Garcia spoke by telephone with Chilean President Michelle Bachelet';
  const text = 'The two presidents discussed the border dispute.';

  it('reads the title with the reader the default pipeline builds from its own stages', () => {
    const record = createAnalyzer({ stages: defaultStages() }).analyze({ title, text, published: '2010-01-01' });
    assert.deepEqual(record.events.map((e) => `${e.plover} ${e.source?.actor}->${e.target?.actor}`), ['CONSULT PERGOV->CHLGOV']);
  });

  it('reads no title context when the events stage is given no reader', () => {
    const stages = [...defaultStages().filter((s) => s.name !== 'events'), createEventsStage()];
    assert.deepEqual(createAnalyzer({ stages }).analyze({ title, text, published: '2010-01-01' }).events, []);
  });
});
