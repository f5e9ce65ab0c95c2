import type { Span } from '../../core/span.js';
import { npAfter } from './chunker.js';
import { quoteContent } from './content.js';
import type { TokenRange } from './draft.js';
import { subjectBefore } from './source.js';
import type { ClaimsView } from './view.js';

/** Nouns of texts whose words a quotation gives after a colon ("a popular children's poem: “…”"); no cue otherwise. */
export const TEXT_NOUNS = new Set(['poem', 'song', 'verse', 'slogan', 'motto', 'proverb', 'saying', 'inscription']);

/**
 * Verbs whose subject gives the words that their reporting-noun object names ("Jobs extended an
 * invitation to the label, “…”", "issued a warning: “…”"); "heard suggestions like, “…”" or
 * "rejected the proposal: “…”" give nobody's words to the subject.
 */
const GIVING = new Set(['extend', 'issue', 'make', 'deliver', 'send', 'give', 'offer', 'voice', 'express', 'repeat', 'post', 'publish', 'share']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
/** Words between a giving verb and its object noun ("extended a warm invitation"). */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** The quotation a reporting noun introduces, and who gives its words. */
export interface NounQuote {
  readonly content: Span;
  readonly kind: 'direct';
  readonly source?: TokenRange;
  /** The first token of the cue: the giving verb ("extended an invitation"), else the noun. */
  readonly cueStart: number;
}

/**
 * The quotation that the reporting noun at token `i` introduces, or null: after a colon ("Reply:
 * “…”"), through "is" and a colon ("His answer was very good: “…”"), or after a comma or colon
 * past an example word or an addressee ("suggestions like, “…”", "an invitation to the record
 * label, “…”"). The source is the owner ("His answer") or the subject of a verb that gives the
 * words ("Jobs extended an invitation"); none when the text does not say ("suggestions like").
 */
export function quoteAfterNoun(view: ClaimsView, i: number, floor: number, ceil: number): NounQuote | null {
  const { tokens } = view;
  const q = introduced(view, i, ceil);
  const quoted = q === undefined ? null : quoteContent(view, q);
  if (!quoted) return null;
  if (i > floor && POSSESSIVE.has(tokens[i - 1]!.normal)) return { ...quoted, source: [i - 1, i], cueStart: i };
  const given = giver(view, i, floor);
  return given ? { ...quoted, source: given.source, cueStart: given.verb } : { ...quoted, cueStart: i };
}

/** The index of the quotation opened after the noun at `i` (see `quoteAfterNoun`), or undefined. */
function introduced(view: ClaimsView, i: number, ceil: number): number | undefined {
  const { tokens } = view;
  if (tokens[i + 1]?.normal === ':') return view.opens.get(i + 2);
  if (tokens[i + 1]?.pos === 'AUX' && tokens[i + 1]!.lemma === 'be') {
    for (let j = i + 2; j < ceil && j < i + 6; j++) if (tokens[j]!.normal === ':') return view.opens.get(j + 1);
    return undefined;
  }
  let j = i + 1;
  let example = false;
  if (tokens[j]?.normal === 'like') [j, example] = [j + 1, true];
  else if (tokens[j]?.normal === 'such' && tokens[j + 1]?.normal === 'as') [j, example] = [j + 2, true];
  else if (tokens[j]?.normal === 'to') {
    const end = npAfter(tokens, j + 1, ceil);
    if (end === j + 1) return undefined;
    j = end;
  } else return undefined;
  // "suggestions like “…”" needs no comma; an addressee does ("an invitation to …, “…”").
  if (example && view.opens.has(j)) return view.opens.get(j);
  return tokens[j]?.normal === ',' || tokens[j]?.normal === ':' ? view.opens.get(j + 1) : undefined;
}

/** The giving verb whose object the noun at `i` heads, with its subject ("Jobs extended an invitation"), or null. */
function giver(view: ClaimsView, i: number, floor: number): { verb: number; source: TokenRange } | null {
  const { tokens } = view;
  let k = i - 1;
  while (k > floor && (OBJECT_WORDS.has(tokens[k]!.pos) || POSSESSIVE.has(tokens[k]!.normal))) k--;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !GIVING.has(verb.lemma) || verb.normal.endsWith('ing')) return null;
  const at = k;
  while (k > floor && tokens[k - 1]!.pos === 'AUX') k--;
  const source = subjectBefore(view, k, floor);
  return source && { verb: at, source };
}
