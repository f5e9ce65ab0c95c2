import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { tagTokens } from '../../text/tag.js';

/** POS tags and lemmas on the tokens (wink-nlp). */
export const tagsStage: Stage = {
  name: 'tags',
  version: '1',
  requires: ['tokens', 'sentences'],
  assigns: ['tags'],
  run(doc) {
    const tokens = tagTokens(doc.text, doc.layers.tokens ?? []);
    return withLayers(doc, { tokens, tags: true });
  },
};
