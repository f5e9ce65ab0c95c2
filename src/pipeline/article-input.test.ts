import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SitrepError } from '../core/errors.js';
import { isIsoDate, toArticleInput } from './article-input.js';

describe('pipeline/article-input', () => {
  it('accepts ISO dates and date-times and refuses the rest', () => {
    for (const ok of ['2025-06-05', '2025-06-05T14:30', '2025-06-05T14:30:00Z', '2025-06-05T14:30:00.123+02:00', '2024-02-29']) assert.ok(isIsoDate(ok), ok);
    for (const bad of ['2025-02-30', '2023-02-29', '05/06/2025', 'yesterday', '2025-6-5', '2025-06-05T25:00', '']) assert.ok(!isIsoDate(bad), bad);
  });

  it('checks the input object and names where it came from', () => {
    assert.deepEqual(toArticleInput({ id: 7, text: 'Hi.', title: 'T' }, 'x'), { id: '7', text: 'Hi.', title: 'T' });
    const codeOf = (value: unknown): string => {
      try {
        toArticleInput(value, 'stdin:3');
        return 'none';
      } catch (e) {
        assert.ok(e instanceof SitrepError && e.message.startsWith('stdin:3'));
        return e.code;
      }
    };
    assert.equal(codeOf([1, 2]), 'E_INPUT_INVALID');
    assert.equal(codeOf({ title: 'no text' }), 'E_INPUT_INVALID');
    assert.equal(codeOf({ text: '  \n ' }), 'E_INPUT_EMPTY');
    assert.equal(codeOf({ text: 'ok', url: 5 }), 'E_INPUT_INVALID');
  });
});
