import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quantitiesIn } from '../../../test/support/quantities.js';

describe('quantities stage', () => {
  it('counts offsets in UTF-16 code units, after an emoji and an astral letter', () => {
    const text = '🔥𝕏 Ukraine says 12 people were killed.';
    const [q, ...rest] = quantitiesIn(text);
    assert.equal(rest.length, 0);
    assert.equal(q!.start, text.indexOf('12'));
    assert.equal(q!.start, 18); // 🔥 and 𝕏 are two code units each
    assert.equal(q!.text, '12 people');
    assert.equal(text.slice(q!.start, q!.end), q!.text);
    assert.equal(q!.casualty, 'killed');
  });

  it('numbers mentions q1, q2… in text order and keeps text equal to the slice', () => {
    const text = 'Four drones hit 3 depots; 40% of the fuel and $5 million of stock burned.';
    const found = quantitiesIn(text);
    assert.deepEqual(found.map((q) => q.id), ['q1', 'q2', 'q3', 'q4']);
    for (const q of found) assert.equal(text.slice(q.start, q.end), q.text);
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start);
  });

  it('names the rule that made each mention and leaves unknown fields out', () => {
    const [q] = quantitiesIn('They fired 300 shells.');
    assert.equal(q!.rule, 'quantities/en/cardinal-digits');
    assert.ok(!('currency' in q!) && !('max' in q!) && !('casualty' in q!));
  });

  it('leaves out a number too large for a double, keeping the amounts beside it', () => {
    const text = `Officials counted ${'9'.repeat(400)} people and 12 tanks.`;
    assert.deepEqual(quantitiesIn(text).map((q) => [q.text, q.value]), [['12 tanks', 12]]);
  });

  it('finds nothing in text without numbers', () => {
    assert.deepEqual(quantitiesIn('Negotiations held in Istanbul did not yield progress.'), []);
  });
});
