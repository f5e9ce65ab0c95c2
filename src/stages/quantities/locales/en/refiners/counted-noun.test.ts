import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['A swap of 500 prisoners of war.', [{ text: '500 prisoners of war', unit: 'prisoners of war' }]],
  ['A meeting attended by 52 nations in Brussels.', [{ text: '52 nations', unit: 'nations' }]],
  ['They shot down 12 other Russian drones.', [{ text: '12 other Russian drones', unit: 'drones' }]],
  ['Kyiv got 31 M1 Abrams tanks.', [{ text: '31 M1 Abrams tanks', unit: 'tanks' }]],
  ['It has 52 check-in counters.', [{ text: '52 check-in counters', unit: 'check-in counters' }]],
  ['Delivered 40 armoured vehicles.', [{ text: '40 armoured vehicles', unit: 'armoured vehicles' }]],
  ['Three of the soldiers.', [{ text: 'Three of the soldiers', unit: 'soldiers' }]],
  ['A 5km convoy.', [{ text: '5km', unit: 'km' }]],
  ['We have 50 of them.', [{ text: '50', value: 50 }]],
  ['The two Presidents discussed aspects of trade.', [{ text: 'two Presidents', unit: 'Presidents' }]],
  ['Some 1,000 Belarusian companies work in Russia.', [{ text: 'Some 1,000 Belarusian companies', unit: 'companies' }]],
  ['A 250.7-km section opened.', [{ text: '250.7-km', unit: 'km' }]],
  ['A 12,000-strong force.', [{ text: '12,000-strong force', unit: 'force' }]],
];

describe('quantities/en/counted-noun', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
