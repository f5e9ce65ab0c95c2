import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The wink-nlp instance with the annotations the pipeline reads. */
export type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/**
 * The process's one wink-nlp instance (sentence boundaries and POS tags), made on first use so
 * that commands which never tokenise do not pay for loading the model.
 */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
