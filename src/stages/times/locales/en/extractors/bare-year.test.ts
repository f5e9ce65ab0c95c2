import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/en/bare-year', () => {
  checkCases([
    ['The U.S. withdrew from the agreement in 2018.', ['2018', '2018'], { type: 'DATE', certainty: 'known' }],
    ['The 2014 Minsk agreement failed.', ['2014', '2014']],
    ['Sanctions were in force from 2014 to 2018.', ['from 2014 to 2018', '2014/2018']],
    ['The 2014–2018 period.', ['2014–2018', '2014/2018']],
    ['Growth slowed in mid-2011.', ['mid-2011', '2011'], { mod: 'MID' }],
    ['Russia returned more than 300 Ukrainian children.', null],
    ['About 2000 soldiers were deployed.', null],
    ['The Council adopted Resolution 2231.', null],
  ]);
});
