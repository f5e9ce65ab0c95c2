import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { doc, summary } from '../../../test/support/events-doc.js';

describe('events: whom a demand for captives is made of', () => {
  it('aims a demand for the release of captives at their holder', () => {
    assert.deepEqual(summary(doc('Norway called for the release of two journalists held by Peru.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST NOR->PER occurred']);
  });

  it('takes no holder behind another verb of the complement', () => {
    assert.deepEqual(summary(doc('Norway urged Chile to investigate the killing of prisoners held by Peru.')).filter((l) => l.startsWith('REQUEST')), ['REQUEST NOR->CHL occurred']);
  });
});
