import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc } from '../../../test/support/events-doc.js';
import { findEvents } from './index.js';

describe('events: a two-sided act brokered by a third party', () => {
  it('codes the brokers as mediators aimed at the parties named after "between"', () => {
    const [e, ...rest] = findEvents(doc('A truce brokered by Norway between Peru and Chile took effect on Sunday.'));
    assert.equal(rest.length, 0);
    assert.equal(e?.cameo, '045');
    assert.equal(e?.plover, 'CONSULT');
    assert.equal(e?.source?.actor, 'NOR');
    assert.deepEqual(e?.target?.entities, ['e1', 'e2']);
  });

  it('codes no broker against the other: with no parties named, a mediation has no recipient and is left out', () => {
    assert.deepEqual(findEvents(doc('The truce initiated by Peru and Norway held on Sunday.')), []);
  });

  it('leaves an act that is not two-sided to its agent', () => {
    const events = findEvents(doc('An investigation initiated by Peru into the Chilean army found abuses.'));
    assert.ok(events.every((e) => e.cameo !== '045'));
  });
});
