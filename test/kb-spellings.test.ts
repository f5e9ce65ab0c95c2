import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withSpellings } from '../scripts/kb-spellings.js';

describe('scripts/kb-spellings: British spellings of organisations\' names', () => {
  it('adds the British spelling of each name as an alias, to organisations only', () => {
    const [org, person] = withSpellings([
      { id: 'org:oau', type: 'ORG', name: 'Organization of African Unity', aliases: ['OAU'], actor: 'IGOAFROAU' },
      { id: 'person:x', type: 'PERSON', name: 'Labor Center' },
    ]);
    assert.deepEqual(org!.aliases, ['OAU', 'Organisation of African Unity']);
    assert.equal(person!.aliases, undefined);
  });
  it('replaces every listed word of a name, and adds nothing to a name without one', () => {
    const [oecd, un] = withSpellings([
      { id: 'org:oecd', type: 'ORG', name: 'Organization for Economic Cooperation and Development' },
      { id: 'org:un', type: 'ORG', name: 'United Nations', aliases: ['UN'] },
    ]);
    assert.deepEqual(oecd!.aliases, ['Organisation for Economic Co-operation and Development']);
    assert.deepEqual(un!.aliases, ['UN']);
  });
});
