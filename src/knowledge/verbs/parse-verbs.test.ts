import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SitrepError } from '../../core/errors.js';
import { buildDictionary, parseVerbPatterns } from './parse-verbs.js';

const TEXT = `
&BIRD heron, grey heron, &SMALL
&SMALL wren
@verb scold, berate[111] [110] recip
- * &BIRD [1125] mode=allege
- * loudly at [---]
@noun tea_+party [040] mode=visit
`;

describe('parseVerbPatterns', () => {
  const blocks = parseVerbPatterns(TEXT, 'test.verbs');

  it('reads blocks with their triggers, own codes and options', () => {
    assert.equal(blocks.length, 2);
    const [scold, berate] = blocks[0]!.triggers;
    assert.equal(scold!.head, 'scold');
    assert.equal(scold!.code, '110');
    assert.equal(berate!.code, '111');
    assert.equal(scold!.reciprocal, true);
  });

  it('expands synonym sets into runs of words, nested sets included', () => {
    const pattern = blocks[0]!.patterns[0]!;
    assert.deepEqual(pattern.post[0], [['heron'], ['grey', 'heron']]);
    assert.equal(pattern.mode, 'allege');
    assert.equal(pattern.origin, 'test.verbs:5');
  });

  it('expands a pattern with the sets defined above its line, though it is made on first use', () => {
    const [block] = parseVerbPatterns('@verb scold [110]\n- * &LATER [111]\n&LATER wren\n- * &LATER [112]\n', 'scope.verbs');
    assert.deepEqual(block!.patterns.map((p) => p.post), [[], [[['wren']]]]);
  });

  it('reads a target-side-only code ([:173]) and the swap option as a swapped pattern', () => {
    const [block] = parseVerbPatterns('@verb appear [---]\n- * before court [:173]\n- * from [071] swap\n- * at [042:043]\n', 'swap.verbs');
    assert.deepEqual(block!.patterns.map((p) => [p.code, p.swapped ?? false]), [['173', true], ['071', true], ['042', false]]);
  });

  it('keeps a null pattern as ---', () => {
    assert.equal(blocks[0]!.patterns[1]!.code, '---');
    assert.equal(blocks[0]!.patterns[1]!.specificity, 2);
  });

  it('reads multi-word triggers with a marked head', () => {
    const t = blocks[1]!.triggers[0]!;
    assert.equal(t.head, 'party');
    assert.deepEqual(t.before, ['tea']);
    assert.equal(t.mode, 'visit');
  });

  it('reads a PLOVER category that overrides the code table, on a block and on a pattern', () => {
    const [block] = parseVerbPatterns('@verb resign [0831] plover=retreat mode=resign\n- * post [0831] plover=RETREAT\n', 'plover.verbs');
    assert.equal(block!.triggers[0]!.plover, 'RETREAT');
    assert.equal(block!.triggers[0]!.mode, 'resign');
    assert.equal(block!.patterns[0]!.plover, 'RETREAT');
  });

  it('throws E_KNOWLEDGE_INVALID with the line of a malformed line', () => {
    assert.throws(() => parseVerbPatterns('- * heron [110]\n', 'bad.verbs'), (e: unknown) => e instanceof SitrepError && e.code === 'E_KNOWLEDGE_INVALID' && /bad\.verbs:1/.test(e.message));
    assert.throws(() => parseVerbPatterns('@verb x\nwhat is this\n', 'bad.verbs'), /bad\.verbs:2/);
  });

  it('indexes triggers by head, earlier files ranking first, patterns most specific first', () => {
    const dict = buildDictionary([blocks, parseVerbPatterns('@verb scold [120]\n', 'second.verbs')]);
    const entries = dict.byHead.get('scold')!;
    assert.deepEqual(entries.map((e) => e.rank), [0, 1]);
    assert.deepEqual(entries[0]!.block.patterns.map((p) => p.specificity), [2, 1]);
  });
});
