import type { Token } from '../../core/doc.js';
import { headOf, npBefore, PERSONAL, RELATIVE } from './chunker.js';
import type { TokenRange } from './draft.js';
import type { ClaimsView } from './view.js';

const MAX_PARENTHETICAL = 30;
/** Sentence-initial capitalised abstract nouns wink tags PROPN ("Negotiations held …"): not names. */
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ence|ance)s?$/;

/**
 * The subject before token `first` (the cue's first token), not before `floor`: the noun phrase
 * right before it, or before a parenthetical ("Trump, who spoke with Putin …, indicated";
 * "Putin, in separate comments, dismissed"), or the antecedent of a relative pronoun
 * ("Peskov, who said"). Null when there is none or it cannot speak (see `canSpeak`).
 */
export function subjectBefore(view: ClaimsView, first: number, floor: number): TokenRange | null {
  const { tokens } = view;
  let end = first;
  if (tokens[end - 1]?.normal === ',' && end - 1 > floor) {
    for (let q = end - 2; q > floor && end - q < MAX_PARENTHETICAL; q--) {
      const t = tokens[q]!;
      if (view.opens.has(q) || view.closes.has(q) || t.normal === ';') break;
      if (t.normal === ',') {
        end = q;
        break;
      }
    }
    if (end === first) return null;
  }
  if (end - 1 >= floor && RELATIVE.has(tokens[end - 1]!.normal) && tokens[end - 1]!.pos === 'PRON') {
    end--;
    if (tokens[end - 1]?.normal === ',') end--;
  }
  let np = npBefore(tokens, end, floor);
  // "A conversation between Trump and Putin has confirmed": the phrase is inside a larger one.
  while (np && np[0] - 1 > floor && tokens[np[0] - 1]!.pos === 'ADP') {
    const outer = npBefore(tokens, np[0] - 1, floor);
    if (!outer) break;
    np = [outer[0], np[1]];
  }
  return np && canSpeak(view, np, floor) ? np : null;
}

/**
 * True when the phrase may be the subject of a reporting verb: any noun, name or personal
 * pronoun, except a sentence-initial abstract noun that wink tagged as a name ("Negotiations").
 * With a that-clause or a quotation almost any subject is a speaker ("The auditor noted that …",
 * "The document said that …"); `isSpeaker` is the stricter test for weaker cues.
 */
function canSpeak(view: ClaimsView, np: TokenRange, sentenceStart: number): boolean {
  const head: Token = view.tokens[headOf(view.tokens, np[0], np[1])]!;
  if (head.pos === 'PRON') return PERSONAL.has(head.normal);
  return !(np[0] === sentenceStart && head.pos === 'PROPN' && ABSTRACT.test(head.normal));
}

/**
 * True when the phrase can say something: its head is a name, a personal pronoun, or a noun of
 * the speaker lexicon ("officials", "imagery", "report"). A sentence-initial abstract noun that
 * wink tagged as a name ("Negotiations", "Discussions") is not a speaker.
 */
export function isSpeaker(view: ClaimsView, np: TokenRange, sentenceStart: number): boolean {
  const { tokens } = view;
  const head: Token = tokens[headOf(tokens, np[0], np[1])]!;
  if (head.pos === 'PRON') return PERSONAL.has(head.normal);
  if (view.lexicon.speakers.has(head.lemma.toLowerCase()) || view.lexicon.speakers.has(head.normal)) return true;
  if (head.pos !== 'PROPN') return false;
  return !(np[0] === sentenceStart && ABSTRACT.test(head.normal));
}

/** The verb or auxiliary of the main clause before token `at` (for a participle's subject), or -1. */
export function finiteVerbBefore(view: ClaimsView, at: number, floor: number): number {
  const { tokens } = view;
  for (let i = at - 1; i >= floor; i--) {
    const t = tokens[i]!;
    if (view.closes.has(i)) return -1;
    if (t.pos === 'VERB' && !t.normal.endsWith('ing') && (i === floor || (tokens[i - 1]!.normal !== ',' && tokens[i - 1]!.normal !== 'to'))) {
      let first = i;
      while (first > floor && (tokens[first - 1]!.pos === 'AUX' || tokens[first - 1]!.pos === 'PART' || (tokens[first - 1]!.pos === 'ADV' && first === i))) first--;
      return first;
    }
  }
  return -1;
}
