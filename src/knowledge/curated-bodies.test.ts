import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { KbEntry } from './kb-entry.js';
import { bodyNameKey, checkCuratedBodies, curatedTwinNames, withoutCuratedTwins } from '../../scripts/kb-curated-twins.js';

const org = (id: string, name: string, actor: string, aliases: string[] = [], country?: string): KbEntry => ({ id, type: 'ORG', name, aliases, actor, ...(country && { country }) });

test('two spellings of one body share a key', () => {
  assert.equal(bodyNameKey('Organisation for Security and Co-operation in Europe'), bodyNameKey('Organization for Security and Cooperation in Europe'));
  assert.equal(bodyNameKey('Bimstec'), bodyNameKey('BIMSTEC'));
  assert.equal(bodyNameKey('Organization of Petroleum Exporting Countries'), bodyNameKey('Organization of the Petroleum Exporting Countries'));
});

test('a Phoenix body named as a curated one loses those names; its other names stay', () => {
  const curated = [org('org:bimstec', 'BIMSTEC', 'IGOSAS'), org('org:state-duma', 'State Duma', 'RUSLEG', [], 'RUS')];
  const phoenix = [org('org:bimstec-2', 'Bimstec', 'IGOASABUS'), org('org:federal-assembly', 'Federal Assembly', 'RUSLEG', ['State Duma', 'Federation Council'], 'RUS')];
  const kept = withoutCuratedTwins(phoenix, curated);
  assert.deepEqual(kept.map((e) => [e.id, e.name, e.aliases]), [['org:federal-assembly', 'Federal Assembly', ['Federation Council']]]);
});

test('bodies of one name in different countries or of different kinds stay apart', () => {
  const curated = [org('org:hezbollah', 'Hezbollah', 'LBNREBHEZ', [], 'LBN'), org('org:reuters', 'Reuters', 'MED')];
  const phoenix = [org('org:hezbollah-2', 'Hezbollah', 'TURREB', [], 'TUR'), org('org:thomson', 'Reuters', 'MNCCANMED', [], 'CAN')];
  assert.equal(curatedTwinNames(phoenix, curated).length, 0);
});

test('orgs.json may not hold one body twice', () => {
  assert.throws(() => checkCuratedBodies([org('org:a', 'Warsaw Pact', 'IGO'), org('org:b', 'Warsaw Treaty Organisation', 'IGO', ['Warsaw Pact'])]), /one body/);
});

test('the shipped KB holds each curated body once', () => {
  const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`../../data/kb/${f}`, import.meta.url), 'utf8')) as T;
  const curated = read<KbEntry[]>('orgs.json');
  checkCuratedBodies(curated);
  const rows = read<[string, string, string, string[], string, string, [string, string, string][]][]>('phoenix.json');
  const orgs = rows.filter((r) => r[1] === 'O').map(([id, , name, aliases, country, actor, roles]): KbEntry => ({
    id, type: 'ORG', name, aliases, ...(country && { country }), ...(actor && { actor }), roles: roles.map(([a]) => ({ actor: a })),
  }));
  assert.deepEqual(curatedTwinNames(orgs, curated).map((t) => `${t.phoenix.id} ${t.name}`), []);
});
