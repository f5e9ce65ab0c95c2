import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenise } from '../../text/tokenise.js';

/** Tokens (with POS tags and lemmas) and sentences, from wink-nlp, one line at a time. */
export const tokensStage: Stage = {
  name: 'tokens',
  version: '1',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run(doc) {
    const { tokens, sentences } = tokenise(doc.text);
    return withLayers(doc, { tokens, sentences });
  },
};
