import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameSide } from './own-side.js';

describe('events: the same side as a speaker', () => {
  it('takes a country, its government and its military as one side', () => {
    assert.ok(sameSide('RUS', 'RUSGOV'));
    assert.ok(sameSide('RUSMIL', 'RUSGOV'));
    assert.ok(sameSide('PERREB', 'PERREB'));
  });

  it('takes another country, or the country\'s rebels or opposition, as another side', () => {
    assert.ok(!sameSide('UKR', 'RUSGOV'));
    assert.ok(!sameSide('PERREB', 'PERGOV'));
    assert.ok(!sameSide('PEROPP', 'PER'));
  });
});
