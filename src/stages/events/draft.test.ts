import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: fallback targets of a draft', () => {
  it('aims a threat of emergency rule at the place of its own country', () => {
    assert.deepEqual(summary(doc('Peru threatened to impose a curfew in Lima after the riots.')), ['THREATEN PER->PER occurred']);
  });

  it('does not aim another threat at a place of its own country', () => {
    assert.deepEqual(summary(doc('Peru threatened to close its embassy in Lima.')).filter((e) => e.includes('PER->PER')), []);
  });
});
