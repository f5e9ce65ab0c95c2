import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActorDictionary } from '../src/knowledge/petrarch/parse-actors.js';
import { countryVariants } from '../scripts/kb-country-variants.js';
import { createAnalyzer } from '../src/app/analyze.js';

const DICTIONARY = ['PAKISTAN_  [PAK]', '+PAKISTANI_', '+PAKSTAN_', '+KARACHI_', '+FAISALABAD_', '+ANTIGUANS_', '+MUHAMMAD_', '+AMERICANS_(USA)', 'INTER-SERVICES_INTELLIGENCE', '	[PAKSPY]'].join('\n');

describe('KB: places and spellings of the Phoenix country dictionary', () => {
  const entries = parseActorDictionary(DICTIONARY).entries;
  const filters = { known: new Set(['pakistani', 'karachi']), words: new Set(['american']), personWords: new Set(['muhammad']), countryCodes: new Set(['PAK']) };
  const names = new Map(countryVariants(entries, filters).map((e) => [e.name, e]));
  it('a region or town becomes a place of the country, with no actor', () => {
    assert.equal(names.get('Faisalabad')?.country, 'PAK');
    assert.equal(names.get('Faisalabad')?.actor, undefined);
  });
  it('a misspelling of the country acts as the country', () => {
    assert.equal(names.get('Pakstan')?.actor, 'PAK');
  });
  it('leaves out known names, short names, person names, nationality words and bracketed notes', () => {
    for (const n of ['Pakistani', 'Karachi', 'Muhammad', 'Antiguans']) assert.ok(!names.has(n), n);
    assert.ok(![...names.keys()].some((n) => n.includes('(')));
  });
  it('the shipped KB reads misspelt country names as the countries', () => {
    const record = createAnalyzer().analyze({ text: 'Morroco rejected an offer from Afghanestan.', published: '2000-01-01' });
    assert.deepEqual(record.entities.map((m) => m.actor), ['MAR', 'AFG']);
  });
});
