import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldDiacritics } from './fold.js';
import type { KbEntry } from './kb-entry.js';
import { entryList } from './entry-list.js';
import { buildKbIndex } from './kb-index.js';
import { actorOn, roleOn } from './roles.js';

const ENTRIES: KbEntry[] = [
  { id: 'country:USA', type: 'GPE', name: 'United States', aliases: ['US', 'U.S.', 'America'], demonyms: ['American'], country: 'USA' },
  { id: 'person:x', type: 'PERSON', name: 'Recep Tayyip Erdoğan', aliases: ['Erdoğan'], roles: [{ actor: 'TURGOV', from: '2014-08-28', title: 'president' }] },
  { id: 'person:y', type: 'PERSON', name: 'Joe Biden', roles: [{ actor: 'USAGOV', from: '2021-01-20', to: '2025-01-20', title: 'president' }, { actor: 'USAELI', from: '2025-01-20' }], actor: 'USAELI' },
];

describe('KB index', () => {
  const index = buildKbIndex(entryList([{ entries: ENTRIES }]));
  it('keys names by their first four folded lower-case characters, longest first', () => {
    assert.deepEqual(index.bucket('unit')?.map((n) => n.text), ['United States']);
    assert.deepEqual(index.bucket('us')?.map((n) => n.exactCase), [true]);
    assert.deepEqual(index.bucket('u.s.')?.map((n) => n.exactCase), [true]);
    assert.equal(index.bucket('erdo')?.[0]!.lower, 'erdogan');
    assert.equal(index.bucket('amer')?.find((n) => n.kind === 'demonym')?.text, 'American');
  });
  it('knows role holders and first names', () => {
    assert.deepEqual(index.byRole.get('TUR|president')?.map((e) => e.id), ['person:x']);
    assert.ok(index.firstNames.has('joe'));
  });
  it('folds diacritics without changing lengths', () => {
    assert.equal(foldDiacritics('Erdoğan Łódź Zelenskyy'), 'Erdogan Lodz Zelenskyy');
    assert.equal(foldDiacritics('🙂 Kyiv'), '🙂 Kyiv');
  });
});

describe('roles', () => {
  const biden = ENTRIES[2]!;
  it('takes the role that holds on the date, bounds included', () => {
    assert.equal(roleOn(biden, '2021-01-20')?.actor, 'USAGOV');
    assert.equal(actorOn(biden, '2024-06-01'), 'USAGOV');
    assert.equal(actorOn(biden, '2025-06-05'), 'USAELI');
    assert.equal(actorOn(biden, '1990-01-01'), 'USAELI');
  });
  it('without a date takes the latest role', () => {
    assert.equal(actorOn(biden, undefined), 'USAELI');
  });
});
