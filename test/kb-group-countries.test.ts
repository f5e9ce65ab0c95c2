import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withGroupCountries } from '../scripts/kb-group-countries.js';
import { createAnalyzer } from '../src/app/analyze.js';

describe('scripts/kb-group-countries: armed groups coded by a region get the country they fight in', () => {
  it('sets the listed country where the entry has none, and keeps the actor code', () => {
    const [fis, npfl] = withGroupCountries(
      [
        { id: 'org:islamic-salvation-front', type: 'ORG', name: 'Islamic Salvation Front', actor: 'INTREB' },
        { id: 'org:npfl', type: 'ORG', name: 'National Patriotic Front of Liberia', country: 'LBR', actor: 'AFRREB' },
      ],
      [['org:islamic-salvation-front', 'DZA'], ['org:npfl', 'GIN']],
    );
    assert.equal(fis!.country, 'DZA');
    assert.equal(fis!.actor, 'INTREB');
    assert.equal(npfl!.country, 'LBR');
  });
  it('the shipped KB: the FIS is Algerian, the RUF Sierra Leonean', () => {
    const record = createAnalyzer().analyze({ text: 'Algerian troops clashed with fighters of the Islamic Salvation Front on Monday.\n\nIn Sierra Leone, the Revolutionary United Front still holds the diamond fields of the east.', published: '1999-01-01' });
    assert.equal(record.entities.find((m) => m.text === 'Islamic Salvation Front')?.country, 'DZA');
    assert.equal(record.entities.find((m) => m.text === 'Revolutionary United Front')?.country, 'SLE');
  });
});
