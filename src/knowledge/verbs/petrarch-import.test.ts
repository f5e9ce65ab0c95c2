import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseVerbPatterns } from './parse-verbs.js';
import { importPetrarchVerbs } from './petrarch-import.js';

const PETRARCH = `
<!-- a comment block -->
&FOWL_
+HEN
+GUINEA_FOWL

--- PECK   [170]  ---
PECK   # a comment
NIBBLE [171]
SNAP {SNAPS SNAPPED SNAPPING }
+PECK_AT {+PECKS_AT +PECKED_AT}
WOOD_+PECK
- &FOWL * (AT {OLD BREAD}) $ [1711]     # PECK
- * (AT)                                [042:043]
- + * CRUMBS $                          [071]
~ a (a b PECK) SAY = a b 130
`;

describe('importPetrarchVerbs', () => {
  const text = importPetrarchVerbs(PETRARCH);
  const blocks = parseVerbPatterns(text, 'converted.verbs');

  it('converts synonym sets to one line', () => {
    assert.match(text, /^&FOWL hen, guinea fowl$/m);
  });

  it('keeps block codes, own codes, irregular forms and multi-word verbs', () => {
    const triggers = blocks[0]!.triggers;
    const by = (head: string) => triggers.find((t) => t.head === head);
    assert.equal(by('peck')!.code, '170');
    assert.equal(by('nibble')!.code, '171');
    assert.ok(by('snapped'));
    assert.deepEqual(triggers.find((t) => t.head === 'peck' && t.after.length > 0)!.after, ['at']);
    assert.deepEqual(triggers.find((t) => t.before.length > 0)!.before, ['wood']);
    assert.deepEqual(triggers.find((t) => t.head === 'pecked')!.after, ['at']);
  });

  it('flattens patterns to words in order and drops markers and transformations', () => {
    const [first, second] = blocks[0]!.patterns;
    assert.deepEqual(first!.pre, [[['hen'], ['guinea', 'fowl']]]);
    assert.deepEqual(first!.post.map((e) => e[0]), [['at'], ['old'], ['bread']]);
    assert.equal(first!.code, '1711');
    assert.equal(second!.code, '042');
    assert.equal(second!.converse, '043');
    assert.equal(blocks[0]!.patterns[2]!.swapped, true);
    assert.equal(second!.swapped, undefined);
    assert.equal(first!.converse, undefined);
    assert.doesNotMatch(text, /~/);
  });
});
