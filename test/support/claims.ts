import assert from 'node:assert/strict';
import type { Claim, EntityMention } from '../../src/core/mention.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { createClaimsStage } from '../../src/stages/claims/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

const stage = createClaimsStage();

/** The claims found in `text` after the tokens and tags stages, with the given entity mentions (none by default). */
export function claimsIn(text: string, entities: readonly EntityMention[] = []): Claim[] {
  const tagged = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {});
  const doc = stage.run({ ...tagged, layers: { ...tagged.layers, entities } }, {});
  return [...(doc.layers.claims ?? [])];
}

/** A claim as one line for table-driven tests: "source | cue | content | stance kind" (source "-" when absent). */
export function line(c: Claim): string {
  return `${c.source?.text ?? '-'} | ${c.cue.text} | ${c.content.text} | ${c.stance} ${c.kind}`;
}

/** A row of a claims table: a sentence and the claims expected in it, as `line()` gives them, in order. */
export type ClaimCase = readonly [input: string, expected: readonly string[]];

/** Checks one table row: exactly the expected claims, and every part's text equal to its slice. */
export function assertClaims([input, expected]: ClaimCase): void {
  const found = claimsIn(input);
  assert.deepEqual(found.map(line), expected, `in ${JSON.stringify(input)}`);
  for (const c of found) {
    for (const part of [c.source, c.cue, c.content]) if (part) assert.equal(part.text, input.slice(part.start, part.end));
  }
}
