import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';
import { testAnalyzer } from '../../../test/support/seed.js';

describe('events: the speaker of a report without "that", and "its" mission', () => {
  it('does not make the speaker the author of an act whose own subject is a noun', () => {
    assert.deepEqual(summary(doc('Peru said protesters had attacked its embassy in Chile.')), ['PROTEST CHL->PER occurred']);
  });

  it('reads "its embassy" in the reported clause as the speaker\'s mission', () => {
    assert.deepEqual(summary(doc('Peru said on Sunday that protesters attacked its embassy in Chile.')).map((e) => e.split(' ')[1]!.split('->')[1]), ['PER']);
  });

  it('keeps the speaker as the author when the reported subject is a pronoun or its own body', () => {
    assert.deepEqual(summary(doc('Peru said it had attacked rebel camps in Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
    assert.deepEqual(summary(doc('Peru said the army had attacked rebel camps in Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
    assert.deepEqual(summary(doc('Peru said it had no plans to attack rebel camps in Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
  });

  it('keeps the speaker as the author of an infinitive after the saying verb\'s own object ("announced efforts to return")', () => {
    assert.deepEqual(summary(doc('Peru announced efforts to return 300 refugees to Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
  });

  it('never makes a speaker of no state the victim of the passive it reports; a state stays', () => {
    const events = (text: string): string[] => testAnalyzer().analyze({ text, published: '2010-01-01' }).events.map((e) => `${e.plover} ->${e.target?.actor ?? '-'}`);
    assert.deepEqual(events('The Red Cross said 20 people were killed.'), []);
    assert.deepEqual(events('Amnesty International said dozens of protesters were arrested.'), []);
    assert.deepEqual(summary(doc('Peru said three civilians were killed.')).map((e) => e.split(' ')[1]), ['-->PER']);
  });

  it('keeps the speaker as the author when the reported subject is its air strikes', () => {
    assert.deepEqual(summary(doc('Peru said air strikes had killed 30 rebels in Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
    assert.deepEqual(summary(doc('Peru said warplanes had bombed rebel camps in Chile.')).map((e) => e.split(' ')[1]!.split('->')[0]), ['PER']);
  });

  it('does not read "its embassy" in the subject\'s own clause as an act on the subject', () => {
    assert.deepEqual(summary(doc('Peru closed its embassy in Chile on Sunday.')).filter((e) => e.includes('->PER')), []);
  });
});
