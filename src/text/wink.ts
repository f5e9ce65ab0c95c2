import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance. */
export type Wink = ReturnType<typeof winkNLP>;

let tokenizerInstance: Wink | undefined;
let taggerInstance: Wink | undefined;

/**
 * The process's wink-nlp tokenizer: an empty pipe, so reading a text only tokenises it, the
 * cheapest pass wink offers. Made on first use so commands that never tokenise do not load the model.
 */
export function tokenizer(): Wink {
  tokenizerInstance ??= winkNLP(model, []);
  return tokenizerInstance;
}

/**
 * The process's wink-nlp POS tagger. It tokenises exactly as `tokenizer()` does (same model, same
 * tokenizer), so its tokens line up with the tokens layer one for one.
 */
export function tagger(): Wink {
  taggerInstance ??= winkNLP(model, ['pos']);
  return taggerInstance;
}
