import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withLayers, type Doc } from '../../core/doc.js';
import type { EntityMention, TimeMention } from '../../core/mention.js';
import { doc, summary } from '../../../test/support/events-doc.js';

/** The test doc of a text whose first four-digit year is a time mention, published on `published`. */
function dated(text: string, published: string): Doc {
  const base = doc(text);
  const m = /\d{4}/.exec(text)!;
  const time: TimeMention = { id: 't1', start: m.index, end: m.index + 4, text: m[0], confidence: 1, rule: 'test', type: 'DATE', value: m[0], certainty: 'known' };
  return withLayers({ ...base, meta: { ...base.meta, published } }, { times: [time] });
}

/** The test doc of a text published on `published`, with a time mention of each phrase, type and value given. */
function timed(text: string, published: string, phrases: readonly [string, TimeMention['type'], string][]): Doc {
  const base = doc(text);
  const times = phrases.map(([phrase, type, value], i): TimeMention => {
    const at = text.indexOf(phrase);
    return { id: `t${i + 1}`, start: at, end: at + phrase.length, text: phrase, confidence: 1, rule: 'test', type, value, certainty: 'known' };
  });
  return withLayers({ ...base, meta: { ...base.meta, published } }, { times });
}

describe('events: acts told as history', () => {
  it('codes no event for an act a year opening the sentence puts years before publication', () => {
    assert.deepEqual(summary(dated('In 1994, Peru and Chile signed a border treaty.', '2020-01-01')), []);
  });

  it('codes no event for an act whose own "in" phrase dates it years before publication', () => {
    assert.deepEqual(summary(dated('Peru and Chile signed a border treaty in 1994.', '2020-01-01')), []);
  });

  it('keeps an act of last year, an act dated later in its sentence, and any act without a publication date', () => {
    assert.deepEqual(summary(dated('In 2019, Peru and Chile signed a border treaty.', '2020-01-01')).length, 1);
    assert.deepEqual(summary(dated('Peru freed two jailed Chilean executives who were arrested in 1998.', '2020-01-01')).filter((s) => s.startsWith('RETREAT')).length, 1);
    assert.deepEqual(summary(doc('In 1994, Peru and Chile signed a border treaty.')).length, 1);
  });

  it('keeps an act whose own time is recent, after an opening year of another clause', () => {
    const text = 'In 2014 Peru seized a Chilean island, and on Monday Peruvian troops shelled Chile.';
    const base = dated(text, '2020-01-08');
    const at = text.indexOf('Monday');
    const monday: TimeMention = { id: 't2', start: at, end: at + 6, text: 'Monday', confidence: 1, rule: 'test', type: 'DATE', value: '2020-01-06', certainty: 'known' };
    assert.deepEqual(summary(withLayers(base, { times: [...base.layers.times!, monday] })).map((s) => s.split(' ')[0]), ['ASSAULT']);
  });

  it('codes no event for a past act a speaker recalls, whatever the date', () => {
    assert.deepEqual(summary(doc('After recalling that Peru was already helping Chile, the president left for Lima.')), []);
    assert.deepEqual(summary(doc('As the Peruvian minister recalled, Chile had invaded Peru.')), []);
  });

  it('codes no event for a past act in a clause a year years before publication opens', () => {
    assert.deepEqual(summary(dated('The minister reminded reporters that in 1994 Peru and Chile had signed a border treaty.', '2020-01-01')), []);
    assert.deepEqual(summary(dated('Chile, which in 1994 signed a border treaty with Peru, rejected a Peruvian proposal on Monday.', '2020-01-01')).map((s) => s.split(' ')[0]), ['REJECT']);
  });

  it('keeps an ambassador recalled, a present act recalled, and the act of the clause after a fronted recalling', () => {
    assert.deepEqual(summary(doc('Peru recalled its ambassador from Chile.')).map((s) => s.split(' ')[0]), ['SANCTION']);
    const kinds = summary(doc('Recalling that Chilean police are detaining Peruvian fishermen, Peru urged Chile to free them.')).map((s) => s.split(' ')[0]);
    assert.ok(kinds.includes('REQUEST') && kinds.includes('COERCE'), kinds.join());
  });

  it('codes no event for an act in a decade that ended years before publication, or dated years "ago"', () => {
    assert.deepEqual(summary(timed('During the 1980s Peru backed rebels in Chile.', '2000-01-01', [['the 1980s', 'DATE', '198']])), []);
    assert.deepEqual(summary(timed('Peru invaded Chile a decade ago.', '2000-01-01', [['a decade ago', 'DATE', '1990']])), []);
    assert.deepEqual(summary(timed('During the 1990s Peru backed rebels in Chile.', '2000-01-01', [['the 1990s', 'DATE', '199']])).length, 1);
    assert.deepEqual(summary(timed('Peru invaded Chile two days ago.', '2000-01-05', [['two days ago', 'DATE', '2000-01-03']])).length, 1);
  });

  it('codes no event for a perfect told as a habit or a run of acts over years', () => {
    assert.deepEqual(summary(doc('Peru has always helped Chile.')), []);
    assert.deepEqual(summary(doc('Peru has traditionally backed Chile.')), []);
    assert.deepEqual(summary(doc('Peru has consistently supported Chile.')), []);
    assert.deepEqual(summary(doc('Peru has repeatedly attacked Chile.')).map((s) => s.split(' ')[0]), ['ASSAULT']);
    assert.deepEqual(summary(timed('Peru has supported Chile for decades.', '2000-01-01', [['decades', 'DURATION', 'PXY']])), []);
  });

  it('keeps a perfect of one act, an ongoing perfect over years, and a short run', () => {
    assert.deepEqual(summary(doc('Peru has sent aid to Chile.')).length, 1);
    assert.deepEqual(summary(timed('Peru has been shelling Chile for years.', '2000-01-01', [['years', 'DURATION', 'PXY']])).length, 1);
    assert.deepEqual(summary(timed('Peru has shelled Chile for a year.', '2000-01-01', [['a year', 'DURATION', 'P1Y']])).length, 1);
  });

  it('keeps a perfect whose duration is the length of the state it imposes, or the gap since the last such act', () => {
    const kinds = (text: string, phrase: string, value: string): string[] => summary(timed(text, '2000-01-01', [[phrase, 'DURATION', value]])).map((s) => s.split(' ')[0]!);
    assert.deepEqual(kinds('A Peruvian court has jailed a Chilean spy for 15 years.', '15 years', 'P15Y'), ['COERCE']);
    assert.deepEqual(kinds('Peru has banned Chilean imports for two years.', 'two years', 'P2Y'), ['SANCTION']);
    assert.deepEqual(kinds('Peru has suspended Chile from the trade bloc for three years.', 'three years', 'P3Y'), ['SANCTION']);
    assert.deepEqual(kinds('Peru has recalled its ambassador from Chile for the first time in 30 years.', '30 years', 'P30Y'), ['SANCTION']);
    assert.deepEqual(kinds('Peru has expelled Chilean diplomats for the first time in decades.', 'decades', 'PXY'), ['SANCTION']);
    assert.deepEqual(kinds('Peru has attacked Chile in decades.', 'decades', 'PXY'), ['ASSAULT']);
    assert.deepEqual(kinds('Peru and Chile have fought three wars in the past five decades.', 'the past five decades', 'P5DE'), []);
  });

  it('keeps an act whose "ago" phrase dates the noun of a preposition after it, not the act', () => {
    const kinds = (text: string, phrase: string, value: string): string[] => summary(timed(text, '2000-01-01', [[phrase, 'DATE', value]])).map((s) => s.split(' ')[0]!);
    assert.deepEqual(kinds('Peru accused Chile of an attack two years ago.', 'two years ago', '1998'), ['ACCUSE']);
    assert.deepEqual(kinds('Peru demanded compensation from Chile for a raid a decade ago.', 'a decade ago', '1990'), ['REQUEST']);
    assert.deepEqual(kinds('Peru criticized Chile over the massacre of Peruvian villagers 20 years ago.', '20 years ago', '1980'), ['ACCUSE']);
    assert.deepEqual(kinds('Peru invaded Chile a decade ago.', 'a decade ago', '1990'), []);
  });

  it('reads "\'s" before an -ing form as "is", not a perfect of a habit', () => {
    assert.deepEqual(summary(doc("Peru says it's always sending aid to Chile.")).map((s) => s.split(' ')[0]), ['AID']);
  });

  it('codes no event of or on a state the KB dates as gone by publication, and keeps it in news of its own time', () => {
    const soviet = (text: string, published: string): Doc => {
      const base = doc(text);
      const at = text.indexOf('Soviet');
      const m: EntityMention = { id: 'm9', start: at, end: at + 6, text: 'Soviet', confidence: 1, rule: 'test', type: 'NORP', entity: 'e9', name: 'Soviet Union', kb: 'org:soviet-union', country: 'SUN', actor: 'SUNMIL' };
      const entities = [...base.layers.entities!, m].sort((a, b) => a.start - b.start);
      return withLayers({ ...base, meta: { ...base.meta, published } }, { entities });
    };
    assert.deepEqual(summary(soviet('Soviet troops attacked Chile.', '2000-01-01')), []);
    assert.deepEqual(summary(soviet('Peru sent aid to the Soviet Union.', '2000-01-01')), []);
    assert.deepEqual(summary(soviet('Soviet troops attacked Chile.', '1985-06-01')).length, 1);
  });
});
