import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention } from '../../src/core/mention.js';
import { assertRecordInvariants } from '../support/invariants.js';
import { seedRecord } from '../support/seed.js';

/** One entity row of EXPECTED.md: every listed mention text must be found and join one entity. */
interface Row {
  readonly canonical: RegExp;
  readonly type: readonly string[];
  readonly country: string;
  readonly mentions: readonly string[];
  readonly geo?: boolean;
  /** Text that must follow the mention, to pick "U.S." inside "U.S.-led". */
  readonly followedBy?: Readonly<Record<string, string>>;
}

const MUST: readonly Row[] = [
  { canonical: /^Donald (J\. )?Trump$/, type: ['PERSON'], country: 'USA', mentions: ['Donald Trump', 'Trump', 'former US President Donald Trump'] },
  { canonical: /^Vladimir Putin$/, type: ['PERSON'], country: 'RUS', mentions: ['Russian President Vladimir Putin', 'Putin', 'the Russian leader'] },
  { canonical: /^Volodymyr Zelensk(yy|y|iy)$/, type: ['PERSON'], country: 'UKR', mentions: ['Ukrainian President Volodymyr Zelenskyy', 'Zelenskyy'] },
  { canonical: /^Pope Leo XIV$/, type: ['PERSON'], country: 'VAT', mentions: ['Pope Leo XIV'] },
  { canonical: /^Ukraine$/, type: ['GPE'], country: 'UKR', mentions: ['Ukraine'] },
  { canonical: /^Russia$/, type: ['GPE'], country: 'RUS', mentions: ['Russia'] },
  { canonical: /^United States/, type: ['GPE'], country: 'USA', mentions: ['US', 'U.S.'], followedBy: { 'U.S.': '-led' } },
  { canonical: /^Iran$/, type: ['GPE'], country: 'IRN', mentions: ['Iran'] },
  { canonical: /^Istanbul$/, type: ['GPE'], country: 'TUR', mentions: ['Istanbul'], geo: true },
  { canonical: /^Sumy/, type: ['GPE'], country: 'UKR', mentions: ['Sumy'], geo: true },
  { canonical: /^Brussels$/, type: ['GPE'], country: 'BEL', mentions: ['Brussels'], geo: true },
  { canonical: /^NATO$/, type: ['ORG'], country: 'NATO', mentions: ['NATO'] },
];

const SHOULD: readonly Row[] = [
  { canonical: /^Truth Social$/, type: ['ORG', 'WORK'], country: 'USA', mentions: ['Truth Social'] },
  { canonical: /^Operation Spiderweb$/, type: ['EVENT'], country: 'UKR', mentions: ['Operation Spiderweb'] },
  { canonical: /^Vatican/, type: ['GPE'], country: 'VAT', mentions: ['Vatican'] },
];

/** The mentions with this text (and, when asked, the text after it). */
function mentionsOf(entities: readonly EntityMention[], text: string, row: Row, full: string): EntityMention[] {
  const after = row.followedBy?.[text];
  return entities.filter((m) => m.text === text && (after === undefined || full.startsWith(after, m.end)));
}

function assertRow(row: Row): void {
  const record = seedRecord();
  const ids = new Set<string>();
  for (const text of row.mentions) {
    const found = mentionsOf(record.entities, text, row, record.text);
    assert.ok(found.length > 0, `a mention "${text}"`);
    for (const m of found) {
      ids.add(m.entity);
      assert.match(m.name, row.canonical, `"${text}" is named ${m.name}`);
      assert.ok(row.type.includes(m.type), `"${text}" is ${m.type}`);
      assert.equal(m.country, row.country, `"${text}" country`);
      if (row.geo) assert.ok(m.geo && Number.isFinite(m.geo.lat) && Number.isFinite(m.geo.lon), `"${text}" has coordinates`);
    }
  }
  assert.equal(ids.size, 1, `${row.mentions.join(', ')} join one entity (got ${[...ids].join(', ')})`);
  // And nothing else joins it under another name: one entity is one real-world referent.
  const others = record.entities.filter((m) => ids.has(m.entity) && !row.canonical.test(m.name));
  assert.deepEqual(others.map((m) => m.text), []);
}

describe('seed article: entities (EXPECTED.md, must rows)', () => {
  it('keeps the record invariants', () => assertRecordInvariants(seedRecord()));
  for (const row of MUST) it(`${row.mentions[0]} → ${row.canonical.source}`, () => assertRow(row));
  it("possessives: Ukraine's, Russia's, Iran's are the country", () => {
    const record = seedRecord();
    for (const [name, country] of [['Ukraine', 'UKR'], ['Russia', 'RUS'], ['Iran', 'IRN']] as const) {
      const possessive = record.entities.filter((m) => m.text === name && /^['’]s/.test(record.text.slice(m.end, m.end + 2)));
      assert.ok(possessive.length > 0, `${name}'s`);
      assert.ok(possessive.every((m) => m.country === country && m.type === 'GPE'));
    }
  });
  it('pronouns: "He acknowledged" is Trump, "he would respond" is Putin', () => {
    const record = seedRecord();
    const trump = record.entities.find((m) => m.text === 'Donald Trump')!.entity;
    const putin = record.entities.find((m) => m.text === 'Putin')!.entity;
    const he = record.entities.find((m) => m.text === 'He' && record.text.startsWith('He acknowledged', m.start));
    assert.equal(he?.entity, trump);
    const at = record.text.indexOf('he would respond to the drone strikes');
    assert.equal(record.entities.find((m) => m.start === at)?.entity, putin);
  });
  it('actors on the publication date: Trump USAGOV, Putin RUSGOV, Zelenskyy UKRGOV', () => {
    const record = seedRecord();
    const actor = (text: string): string | undefined => record.entities.find((m) => m.text === text)?.actor;
    assert.equal(actor('Trump'), 'USAGOV');
    assert.equal(actor('Putin'), 'RUSGOV');
    assert.equal(actor('Zelenskyy'), 'UKRGOV');
  });
  it('not entities: Wednesday, Negotiations, Satellite imagery, Discussions', () => {
    const record = seedRecord();
    for (const word of ['Wednesday', 'Negotiations', 'Satellite', 'Discussions']) {
      assert.deepEqual(record.entities.filter((m) => m.text.includes(word)).map((m) => m.text), [], word);
    }
  });
});

describe('seed article: entities (EXPECTED.md, should rows)', () => {
  for (const row of SHOULD) it(`${row.mentions[0]} → ${row.canonical.source}`, () => assertRow(row));
  it('NORP: Russian officials, Ukrainian officials, Ukrainian children', () => {
    const record = seedRecord();
    for (const [phrase, country] of [['Russian officials', 'RUS'], ['Ukrainian officials', 'UKR'], ['Ukrainian children', 'UKR']] as const) {
      const at = record.text.indexOf(phrase);
      const m = record.entities.find((e) => e.start === at);
      assert.equal(m?.type, 'NORP', phrase);
      assert.equal(m?.country, country, phrase);
    }
  });
});
