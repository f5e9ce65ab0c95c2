import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Event } from '../../src/core/mention.js';
import type { AnalysisRecord } from '../../src/core/record.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { seedRecord } from '../support/seed.js';

/** The countries of an event side, through the resolved entities of the record. */
function countries(record: AnalysisRecord, side: Event['source']): string[] {
  if (!side) return [];
  const byEntity = new Map(record.entities.map((m) => [m.entity, m.country ?? m.actor?.slice(0, 3)]));
  return [...new Set(side.entities.map((e) => byEntity.get(e)).filter((c): c is string => c !== undefined))];
}

/** Does the event go from `source` to `target` (either way round when `mutual`), judged by country? */
function runs(record: AnalysisRecord, e: Event, source: string, target: string | undefined, mutual = false): boolean {
  const s = countries(record, e.source);
  const t = countries(record, e.target);
  const forward = s.includes(source) && (target === undefined || t.includes(target));
  const backward = mutual && target !== undefined && s.includes(target) && t.includes(source);
  return forward || backward;
}

/** The events of a PLOVER category (one of several) whose trigger or mentions lie in a sentence containing `text`. */
function eventsNear(record: AnalysisRecord, categories: readonly string[], text: string): Event[] {
  const sentences = record.sentences.map((s, i) => ({ i, text: record.text.slice(s.start, s.end) })).filter((s) => s.text.includes(text)).map((s) => s.i);
  assert.ok(sentences.length > 0, `the seed has a sentence with "${text}"`);
  const spans = sentences.map((i) => record.sentences[i]!);
  const inside = (start: number): boolean => spans.some((s) => s.start <= start && start < s.end);
  return record.events.filter((e) => categories.includes(e.plover) && (inside(e.trigger.start) || (e.mentions ?? []).some((m) => inside(m.start))));
}

/** The name of the entity a location points to. */
function placeName(record: AnalysisRecord, e: Event): string | undefined {
  return record.entities.find((m) => m.entity === e.location?.entity)?.name;
}

describe('golden: seed events (EXPECTED.md, must rows)', () => {
  const record = seedRecord();

  it('keeps the record invariants', () => assertRecordInvariants(record));

  it('Trump and Putin spoke by telephone: CONSULT mode phone, USA <-> RUS, on 2025-06-04', () => {
    const found = eventsNear(record, ['CONSULT'], 'who spoke with Putin').filter((e) => runs(record, e, 'USA', 'RUS', true));
    assert.ok(found.length === 1, 'one CONSULT event between the USA and Russia');
    assert.equal(found[0]!.mode, 'phone');
    assert.ok(found[0]!.cameo.startsWith('04'));
    assert.equal(found[0]!.time?.value, '2025-06-04');
  });

  it('Putin warns of retaliation for the drone strikes: THREATEN, RUS -> UKR', () => {
    const found = eventsNear(record, ['THREATEN'], 'he would respond to the drone strikes').filter((e) => runs(record, e, 'RUS', 'UKR'));
    assert.ok(found.length >= 1);
    assert.ok(found[0]!.cameo.startsWith('13'));
  });

  it('the drone strikes Russia would respond to are Ukraine\'s done attack, not a threat of Ukraine\'s', () => {
    const near = eventsNear(record, ['ASSAULT', 'THREATEN'], "Russia would respond to Ukraine's recent drone strikes");
    assert.deepEqual(near.filter((e) => e.plover === 'THREATEN' && countries(record, e.source).includes('UKR')), []);
    assert.ok(near.some((e) => e.plover === 'ASSAULT' && e.status === 'occurred' && runs(record, e, 'UKR', 'RUS')));
  });

  it('drone attacks on four Russian airfields: ASSAULT mode drone or aerial, UKR -> RUS', () => {
    const found = eventsNear(record, ['ASSAULT'], 'successful drone attacks').filter((e) => runs(record, e, 'UKR', 'RUS'));
    assert.ok(found.length >= 1);
    assert.ok(['drone', 'aerial'].includes(found[0]!.mode ?? ''));
    assert.ok(found[0]!.cameo.startsWith('19'));
  });

  it('Putin dismisses a comprehensive ceasefire: REJECT, RUS -> UKR, and no ceasefire event', () => {
    assert.ok(eventsNear(record, ['REJECT'], 'dismissed the possibility').some((e) => runs(record, e, 'RUS', 'UKR') && e.cameo.startsWith('12')));
    assert.equal(eventsNear(record, ['RETREAT'], 'dismissed the possibility').length, 0, 'the dismissed ceasefire is no RETREAT event');
  });

  it('Zelenskyy calls Russia\'s proposals an ultimatum: ACCUSE or REJECT, UKR -> RUS', () => {
    assert.ok(eventsNear(record, ['ACCUSE', 'REJECT'], 'as an ultimatum').some((e) => runs(record, e, 'UKR', 'RUS')));
  });

  it('negotiations in Istanbul: CONSULT, RUS <-> UKR, located in Istanbul', () => {
    const found = eventsNear(record, ['CONSULT'], 'Negotiations held in Istanbul').filter((e) => runs(record, e, 'RUS', 'UKR', true));
    assert.ok(found.length >= 1);
    assert.equal(placeName(record, found[0]!), 'Istanbul');
  });

  it('Russia captured territory in Sumy: ASSAULT or COERCE, RUS -> UKR, located in Sumy', () => {
    const found = eventsNear(record, ['ASSAULT', 'COERCE'], 'captured significant territory').filter((e) => runs(record, e, 'RUS', 'UKR'));
    assert.ok(found.length >= 1);
    assert.equal(placeName(record, found[0]!), 'Sumy');
  });

  it('Pope Leo XIV spoke with Putin and urged peace: CONSULT and/or REQUEST, VAT -> RUS', () => {
    assert.ok(eventsNear(record, ['CONSULT', 'REQUEST'], 'Pope Leo XIV').some((e) => runs(record, e, 'VAT', 'RUS')));
  });

  it('NATO announces military support for Ukraine: AID (military), NATO -> UKR, in Brussels', () => {
    const found = eventsNear(record, ['AID'], 'NATO representatives').filter((e) => runs(record, e, 'NATO', 'UKR'));
    assert.ok(found.length >= 1);
    assert.ok(found[0]!.cameo.startsWith('07'));
    assert.equal(placeName(record, found[0]!), 'Brussels');
  });

  it('second-hand events point to the claim that reports them', () => {
    const found = eventsNear(record, ['COERCE', 'ASSAULT'], 'captured significant territory').filter((e) => runs(record, e, 'RUS', 'UKR'));
    assert.ok(found[0]?.reportedBy, 'the capture of territory is reported by Russian officials');
  });

  it('should: the prisoner swap of 500 is RETREAT or AGREE, expected, this weekend', () => {
    const found = eventsNear(record, ['RETREAT', 'AGREE'], 'swap of 500 prisoners');
    assert.ok(found.length >= 1);
    assert.equal(found[0]!.status, 'expected');
    assert.equal(found[0]!.time?.value, '2025-W23-WE');
  });

  it('one event per happening: the Trump-Putin call is one event with several mentions', () => {
    const calls = record.events.filter((e) => e.plover === 'CONSULT' && runs(record, e, 'USA', 'RUS', true));
    assert.equal(calls.length, 1);
    assert.ok((calls[0]!.mentions ?? []).length >= 2);
  });

  it('statement codes (01x) are never emitted', () => {
    assert.ok(record.events.every((e) => !e.cameo.startsWith('01')));
  });
});
