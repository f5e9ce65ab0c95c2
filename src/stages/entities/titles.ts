import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { TITLE_WORDS } from './locales/en/lexicon.js';

const BEFORE_TITLE = new Set(['former', 'ex', 'then', 'late', 'incoming', 'outgoing']);

/**
 * Takes the titles before a person's name into the mention: "Russian President Vladimir Putin",
 * "former US President Donald Trump", "NATO Secretary General Mark Rutte". The country, NORP or
 * organisation inside stays a mention of its own. Mutates the person founds in place.
 */
export function extendTitles(view: DocView, founds: Found[]): void {
  const { tokens } = view;
  const byEndToken = new Map<number, Found>();
  for (const f of founds) byEndToken.set(f.endToken, f);
  for (const person of founds) {
    if (person.type !== 'PERSON' || person.kind !== 'name') continue;
    const sentence = tokens[person.firstToken]!.sentence;
    let first = person.firstToken;
    let sawTitle = false;
    let sawOwner = false;
    for (let j = first - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) {
      const t = tokens[j]!;
      const owner = byEndToken.get(j + 1);
      const titleOf = owner && !sawTitle && tokens[owner.firstToken - 1]?.normal === 'of' && TITLE_WORDS.has(tokens[owner.firstToken - 2]?.normal ?? '');
      if (owner && owner !== person && owner.type !== 'PERSON' && titleOf && !sawOwner) {
        // "President of Russia Vladimir Putin": the title comes before "of" and its owner.
        let k = owner.firstToken - 2;
        while (k > 0 && TITLE_WORDS.has(tokens[k - 1]!.normal) && isCapitalised(view, k - 1)) k--;
        sawOwner = true;
        sawTitle = true;
        first = k;
        j = k;
      } else if (owner && owner !== person && owner.type !== 'PERSON' && sawTitle && !sawOwner) {
        sawOwner = true;
        j = owner.firstToken;
        first = j;
      } else if (TITLE_WORDS.has(t.normal) && isCapitalised(view, j) && !sawOwner) {
        sawTitle = true;
        first = j;
      } else if ((t.normal === 'of' || t.normal === '-') && sawTitle && j > 0 && TITLE_WORDS.has(tokens[j - 1]!.normal)) {
        first = j;
      } else if (BEFORE_TITLE.has(t.normal) && sawTitle) {
        first = j;
        break;
      } else break;
    }
    if (first === person.firstToken) continue;
    person.firstToken = first;
    person.start = tokens[first]!.start;
    person.rule = 'entities/en/title-name';
  }
}
