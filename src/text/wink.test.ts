import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tagger, tokenizer } from './wink.js';

/** Tokens and tags of a text as one instance reads them. */
function read(nlp: ReturnType<typeof winkNLP>, text: string): string[] {
  const tokens = nlp.readDoc(text).tokens();
  const tags = tokens.out(nlp.its.pos);
  return tokens.out(nlp.its.value).map((value, i) => `${value}/${tags[i]}`);
}

describe('text/wink', () => {
  it('tags exactly as an instance on the package’s own model does, new words included', () => {
    const texts = ['Zaporizhzhia and Kherson were shelled overnight, Ukrenergo said.', 'Kramatorsk’s mayor Oleksandr Honcharenko urged residents to leave.'];
    // The tokenizer meets the new words first, as in the pipeline, so its own index grows before the tagger's.
    for (const text of texts) tokenizer().readDoc(text);
    const reference = winkNLP(model, ['pos']);
    for (const text of texts) assert.deepEqual(read(tagger(), text), read(reference, text));
  });
});
