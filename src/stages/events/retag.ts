/**
 * Past tenses the tagger does not know ("abducted", "tortured", "beheaded", "blockaded", "rescued"
 * come out as nouns or adjectives) read as verbs again, where a verb trigger of that stem stands
 * between a subject and an object: "Russian soldiers abducted two Ukrainian journalists".
 */
import type { Token } from '../../core/doc.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';

/** Tags a mis-tagged past tense may carry. */
const MISTAGS = new Set(['NOUN', 'ADJ']);
/** Tags of a subject's last word right before the verb. */
const SUBJECT_END = new Set(['PROPN', 'NOUN', 'PRON']);
/** Tags that open an object right after the verb (a bare common noun is left out: "Ukrainian abducted children" is a noun phrase). */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);

/** The verb trigger stem of a past tense ("abducted" → "abduct", "seized" → "seize"), or undefined. */
function verbStem(normal: string, dictionary: VerbDictionary): string | undefined {
  for (const stem of [normal.slice(0, -2), normal.slice(0, -1)]) {
    if (dictionary.byHead.get(stem)?.some((e) => e.block.kind === 'verb')) return stem;
  }
  return undefined;
}

/**
 * The tokens with such past tenses of `[first, end)` tagged VERB with their stem as lemma; the same
 * array when there is none (the common case), so indices and other layers are untouched.
 */
export function retagPastTenses(tokens: readonly Token[], first: number, end: number, dictionary: VerbDictionary): readonly Token[] {
  let out: Token[] | undefined;
  for (let i = first + 1; i < end - 1; i++) {
    const t = tokens[i]!;
    if (!MISTAGS.has(t.pos) || t.normal.length < 6 || !t.normal.endsWith('ed')) continue;
    if (!SUBJECT_END.has(tokens[i - 1]!.pos) || !(OBJECT_START.has(tokens[i + 1]!.pos) || tokens[i + 1]!.normal === 'by')) continue;
    const stem = verbStem(t.normal, dictionary);
    if (!stem) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB', lemma: stem };
  }
  return out ?? tokens;
}
