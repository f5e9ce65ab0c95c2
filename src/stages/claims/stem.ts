const STEM = 5;

/**
 * A crude stem that joins a verb and the nouns made from it, for comparing what two claims are
 * about: "sinking"/"sink" → "sink", "deportation"/"deport" → "depor", "destruction"/"destroy" → "destr".
 */
export function stemOf(lemma: string): string {
  return lemma.toLowerCase().replace(/(?:ing|ation|ion|ment|s)$/, '').slice(0, STEM);
}
