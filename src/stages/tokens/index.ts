import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { tokenise } from '../../text/tokenise.js';

/** Tokens and sentences from the wink-nlp tokenizer, one line at a time; POS tags come from the tags stage. */
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
