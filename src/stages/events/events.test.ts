import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: detection and coding', () => {
  it('splits a compound subject of a reciprocal act and finds the place', () => {
    const events = findEvents(doc('Norway and Chile held talks in Geneva on Monday.'));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.plover, 'CONSULT');
    assert.equal(events[0]!.source?.actor, 'NOR');
    assert.equal(events[0]!.target?.actor, 'CHL');
    assert.equal(events[0]!.location?.entity, 'e4');
  });

  it('codes a reciprocal act both ways only in PETRARCH\'s convention', () => {
    const d = doc('Norway and Chile held talks in Geneva on Monday.');
    const pairs = findEvents(d, { petrarchPairs: true }).map((e) => `${e.source?.actor}->${e.target?.actor}`);
    assert.deepEqual(pairs, ['NOR->CHL', 'CHL->NOR']);
  });

  it('reads a passive with its "by" agent as the source', () => {
    assert.deepEqual(summary(doc('Chile was attacked by Peru.')), ['ASSAULT PER->CHL occurred']);
  });

  it('codes a nominal with a premodifying actor and a target after "on"', () => {
    const [e] = findEvents(doc('Peruvian drone strikes on Chilean ports continued.'));
    assert.equal(e?.plover, 'ASSAULT');
    assert.equal(e?.mode, 'drone');
    assert.equal(`${e?.source?.actor}->${e?.target?.actor}`, 'PER->CHL');
  });

  it('reads the "of" object of a withdrawal nominal as who withdraws', () => {
    assert.deepEqual(summary(doc('The withdrawal of Peruvian troops from Chile was completed.')), ['RETREAT PER->CHL occurred']);
  });

  it('codes a rejected ceasefire as a rejection, not as a ceasefire', () => {
    assert.deepEqual(summary(doc('Peru rejected a ceasefire with Chile.')), ['REJECT PER->CHL occurred']);
  });

  it('makes no event of a sentence no pattern understands (no statement fallback)', () => {
    assert.deepEqual(summary(doc('Peru said the weather in Lima was fine.')), []);
  });

  it('codes a future meeting as AGREE, planned; a negated attack as denied', () => {
    assert.deepEqual(summary(doc('Peru will meet Chile next week.')), ['AGREE PER->CHL planned']);
    assert.deepEqual(summary(doc('Chile did not attack Peru.')), ['ASSAULT CHL->PER denied']);
  });

  it('threatens when violence is announced: "would respond to the attacks" is THREATEN', () => {
    assert.deepEqual(summary(doc('Peruvian drones struck Chile. Chile said it would respond to the attacks.')).slice(-1), ['THREATEN CHL->PER threatened']);
  });

  it('merges mentions of one happening into one event', () => {
    const events = findEvents(doc('Peru spoke with Chile on Monday. The conversation between Peru and Chile lasted an hour.'));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.mentions?.length, 2);
    assert.equal(events[0]!.mode, 'phone', 'two countries that spoke with no place and no meeting word: a call');
  });

  it('points a reported event to its claim and takes the claim\'s stance', () => {
    const text = 'Chile expects that Peru will release the prisoners.';
    const start = text.indexOf('Peru');
    const claim: Claim = {
      id: 'c1', start: 0, end: text.length - 1, kind: 'indirect', stance: 'expect',
      cue: { start: 6, end: 13, text: 'expects', lemma: 'expect' },
      content: { start, end: text.length - 1, text: text.slice(start, text.length - 1) },
    };
    const [e] = findEvents(doc(text, [claim]));
    assert.equal(e?.plover, 'RETREAT');
    assert.equal(e?.reportedBy, 'c1');
    assert.equal(e?.source?.actor, 'PER');
  });

  it('finds the object past a way\'s participle, a collective noun, an apposed place noun and "anti-"', () => {
    assert.deepEqual(summary(doc('Peruvian artillery shelled the roads leading into Chile on Monday.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Norway met a delegation of Chilean officials on Monday.')), ['CONSULT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian artillery shelled the northern capital Lima on Sunday.')), ['ASSAULT PER->PER occurred']);
    assert.deepEqual(summary(doc('Peruvian artillery shelled an anti- Chile camp.')), ['ASSAULT PER->CHL occurred']);
  });

  it('joins a list member with modifiers after a bare comma when a conjunction closes the list', () => {
    const e = findEvents(doc('Chile, the peaceful Norway, and Peru condemned Geneva.'));
    assert.deepEqual(e.map((x) => x.source?.entities), [['e2', 'e3', 'e1']]);
  });

  it('finds whom a demand addresses in a that-clause after a day', () => {
    assert.deepEqual(summary(doc('Norway demanded on Monday that Chile withdraw its troops.')), ['REQUEST NOR->CHL occurred']);
  });

  it('answers whoever put or sent the object: "from" a proposal noun, "by" after a participle, what is received', () => {
    assert.deepEqual(summary(doc('Norway on Wednesday dismissed an appeal from Chile to lay down arms.')), ['REJECT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway rejected the proposal made by Chile.')), ['REJECT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway rejected a ceasefire plan put forward by Chile.')), ['REJECT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway rejected the sentence handed down by a Chilean court.')), ['REJECT NOR->CHL occurred']);
    assert.deepEqual(summary(doc('Norway received a message from Chile on Monday.')), ['CONSULT CHL->NOR occurred']);
  });

  it('codes an attempt told in the past as the act, not as a threat', () => {
    assert.deepEqual(summary(doc('Peruvian troops tried to attack Chile.')), ['ASSAULT PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peruvian troops will try to attack Chile.')).map((s) => s.split(' ')[0]), ['THREATEN']);
  });

  it('codes an ethnic group by the country where the act takes place', () => {
    assert.deepEqual(summary(doc('Peruvian troops killed three ethnic Chileans in northern Peru on Friday.')), ['ASSAULT PER->PER occurred']);
  });

  it('numbers events in text order and pins triggers to the text', () => {
    const d = doc('Peru attacked Chile. Norway condemned Peru.');
    const events = findEvents(d);
    assert.deepEqual(events.map((e) => e.id), ['v1', 'v2']);
    for (const e of events) assert.equal(d.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.equal(events[1]!.plover, 'ACCUSE');
    assert.equal(events[1]!.goldstein, -2);
  });

  it('reads fighters demobilized with no one named as the side that retreats, and the active as the demobilizer', () => {
    assert.deepEqual(summary(doc('Some 3,000 Peruvian rebel fighters have been demobilized since the accord.')), ['RETREAT PER->- occurred']);
    assert.deepEqual(summary(doc('The Peruvian army has been demobilizing Chilean fighters.')), ['RETREAT PER->CHL occurred']);
  });

  it('reads leaving a town, villages or positions held as a military withdrawal', () => {
    assert.deepEqual(summary(doc('Peru withdrew from the disputed villages on Friday.')), ['RETREAT PER->- occurred']);
    assert.deepEqual(summary(doc('Peru withdrew from the Chilean town of Arica.')), ['RETREAT PER->CHL occurred']);
  });

  it('reads a newspaper ordered to stop publishing as censorship, and a crossing closed as a restriction of movement', () => {
    assert.deepEqual(summary(doc('The Peruvian government ordered the Chilean newspaper El Mercurio to stop publishing.')), ['COERCE PER->CHL occurred']);
    assert.deepEqual(summary(doc('Peru closed the border crossing into Chile.')), ['COERCE PER->CHL occurred']);
  });
});
