import winkNLP, { type Model } from 'wink-nlp';
import { winkModel } from './wink-model.js';

/** A wink-nlp instance. */
export type Wink = ReturnType<typeof winkNLP>;

let model: Model | undefined;
let tokenizerInstance: Wink | undefined;
let taggerInstance: Wink | undefined;

/**
 * The process's wink-nlp tokenizer: an empty pipe, so reading a text only tokenises it, the
 * cheapest pass wink offers. Made on first use so commands that never tokenise do not load the model.
 */
export function tokenizer(): Wink {
  tokenizerInstance ??= winkNLP((model ??= winkModel()), []);
  return tokenizerInstance;
}

/**
 * The process's wink-nlp POS tagger. It tokenises exactly as `tokenizer()` does (same model, same
 * tokenizer), so its tokens line up with the tokens layer one for one.
 */
export function tagger(): Wink {
  taggerInstance ??= winkNLP((model ??= winkModel()), ['pos']);
  return taggerInstance;
}
