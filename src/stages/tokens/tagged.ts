import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenise } from '../../text/tokenise.js';

/**
 * Tokens, sentences, POS tags and lemmas from one wink-nlp pass: the tokens and tags stages in
 * one, with the same output, for pipelines that need tags anyway. It saves the second reading of
 * the text (about an eighth of the default pipeline's time).
 */
export const taggedTokensStage: Stage = {
  name: 'tagged-tokens',
  version: '1',
  requires: [],
  assigns: ['tokens', 'sentences', 'tags'],
  run(doc) {
    const { tokens, sentences } = tokenise(doc.text, true);
    return withLayers(doc, { tokens, sentences, tags: true });
  },
};
