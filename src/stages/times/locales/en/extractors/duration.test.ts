import { describe } from 'node:test';
import { checkCases } from '../../../testing.js';

describe('times/en/duration', () => {
  checkCases([
    ['The attacks were planned over a period of 18 months.', ['18 months', 'P18M'], { type: 'DURATION' }],
    ['He could resolve the crisis in 24 hours.', ['24 hours', 'PT24H'], { type: 'DURATION' }],
    ['They spoke for over an hour on the phone.', ['over an hour', 'PT1H'], { mod: 'MORE_THAN' }],
    ['Shelling went on for nearly two weeks.', ['nearly two weeks', 'P2W'], { mod: 'LESS_THAN' }],
    ['Losses mounted over the past decade.', ['the past decade', 'P10Y']],
    ['Escalation was witnessed over recent weeks.', ['recent weeks', 'PXW'], { anchor: 'past' }],
    ['A five-year plan was adopted.', ['five-year', 'P5Y']],
    ['The talks lasted one and a half hours.', ['one and a half hours', 'PT1.5H']],
    ['🇺🇦 The siege lasted 80 days.', ['80 days', 'P80D']],
    ['A 12-year-old boy was injured.', null],
    ['It was the second round of talks.', null],
  ]);
});

describe('times/en/unit-long', () => {
  checkCases([
    ['During the hour-long dialogue with Trump, Putin spoke.', ['hour-long', 'PT1H'], { type: 'DURATION' }],
    ['The decades-long dispute goes on.', ['decades-long', 'PXY']],
    ['This is a long-term plan.', null],
  ]);
});
