import { describe, it } from 'node:test';
import { assertQuantities, type QuantityCase } from '../../../../../../test/support/quantities.js';

const CASES: QuantityCase[] = [
  ['Russia returned more than 300 Ukrainian children.', [{ text: 'more than 300 Ukrainian children', value: 300, approx: 'more_than', unit: 'children' }]],
  ['Nearly 40 tanks.', [{ text: 'Nearly 40 tanks', approx: 'less_than' }]],
  ['Almost 40 tanks.', [{ text: 'Almost 40 tanks', approx: 'less_than' }]],
  ['At least 12 people.', [{ text: 'At least 12 people', approx: 'at_least' }]],
  ['Up to 5,000 troops.', [{ text: 'Up to 5,000 troops', approx: 'at_most', value: 5000 }]],
  ['About 70 drones.', [{ text: 'About 70 drones', approx: 'about' }]],
  ['Around 70 drones.', [{ text: 'Around 70 drones', approx: 'about' }]],
  ['Some 70 drones.', [{ text: 'Some 70 drones', approx: 'about' }]],
  ['Fewer than 70 drones.', [{ text: 'Fewer than 70 drones', approx: 'less_than' }]],
  ['No more than 70 drones.', [{ text: 'No more than 70 drones', approx: 'at_most' }]],
  ['Over 70 drones.', [{ text: 'Over 70 drones', approx: 'more_than' }]],
  ['300 or more troops.', [{ text: '300 or more troops', approx: 'at_least', unit: 'troops' }]],
  ['300-odd troops.', [{ text: '300-odd troops', approx: 'about' }]],
  ['Exactly 70 drones.', [{ text: 'Exactly 70 drones', approx: 'exactly' }]],
  ['About 500 or more troops.', [{ text: 'About 500 or more troops', approx: 'at_least' }]],
  ['500 or fewer troops.', [{ text: '500 or fewer troops', approx: 'at_most' }]],
  ['Greater than 100 drones.', [{ text: 'Greater than 100 drones', approx: 'more_than' }]],
  ['Less than or equal to 100 drones.', [{ text: 'Less than or equal to 100 drones', approx: 'at_most' }]],
];

describe('quantities/en/approximator', () => {
  for (const row of CASES) it(`reads ${JSON.stringify(row[0])}`, () => assertQuantities(row));
});
