import type { Diagnostic } from '../core/diagnostic.js';
import type { Doc } from '../core/doc.js';
import { sha256 } from '../core/hash.js';
import { normaliseText } from '../text/normalise.js';
import type { ArticleInput } from './article-input.js';

/**
 * Turns an article into a Doc with no layers yet: the text normalised, both hashes taken, and the
 * id taken from the input or, when absent, from the normalised text's hash (stable across runs).
 */
export function makeDoc(input: ArticleInput, diagnostics: readonly Diagnostic[] = []): Doc {
  const text = normaliseText(input.text);
  const hash = sha256(text);
  const meta = {
    id: input.id ?? hash.slice(0, 16),
    ...(input.title !== undefined && { title: normaliseText(input.title) }),
    ...(input.url !== undefined && { url: input.url }),
    ...(input.source !== undefined && { source: input.source }),
    ...(input.published !== undefined && { published: input.published }),
    language: 'en',
    sha256: hash,
    rawSha256: text === input.text ? hash : sha256(input.text),
  };
  return { meta, text, raw: input.text, layers: {}, diagnostics };
}
