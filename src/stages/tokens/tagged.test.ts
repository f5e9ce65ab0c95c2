import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from './index.js';
import { taggedTokensStage } from './tagged.js';

describe('stages/tokens/tagged', () => {
  it('gives the same tokens, sentences and tags as the tokens stage followed by the tags stage', () => {
    const texts = [
      'Ukraine says Russian drones hit Odesa overnight\nKYIV, June 5 (Reuters) - Ukraine’s air force said on Thursday it shot down 40 of 48 drones. “We will respond,” Zelenskyy said.',
      'Mr Putin can’t attend; he’ll send Lavrov. 👍🏽 The U.S.-brokered talks (in Geneva) resume on 5 June 2025 at 10:00.',
    ];
    for (const text of texts) {
      const separate = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {});
      const together = taggedTokensStage.run(makeDoc({ text }), {});
      assert.deepEqual(together.layers.tokens, separate.layers.tokens);
      assert.deepEqual(together.layers.sentences, separate.layers.sentences);
      assert.equal(together.layers.tags, true);
    }
  });
});
