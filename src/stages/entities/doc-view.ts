import type { Doc, Sentence, Token } from '../../core/doc.js';
import { foldDiacritics } from '../../knowledge/fold.js';
import { foldQuotes } from '../../knowledge/kb-index.js';
import { FUNCTION_WORDS } from './locales/en/lexicon.js';

/** What the entity rules read about one document, computed once per run. */
export interface DocView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token index by start offset (-1 where no token starts). */
  readonly tokenAt: Int32Array;
  /** Token index by end offset (-1 where no token ends). */
  readonly tokenEndingAt: Int32Array;
  /** True for the first word of a sentence (after opening quotes or brackets). */
  readonly initial: Uint8Array;
  /** True for sentences written in headline capitalisation. */
  readonly headline: Uint8Array;
  /** Lower-cased words seen capitalised somewhere a capital proves a name (not sentence-initial, not in a headline). */
  readonly capitalisedInRunningText: ReadonlySet<string>;
  /** The text with typographic apostrophes folded to "'" (same length), as KB names are written. */
  readonly quoteText: string;
  /** `quoteText` with diacritics folded, lower-cased (same length: the fold removes the one letter, 'İ', whose lower case is longer), as KB names' lower forms are. */
  readonly lowerText: string;
}

const UPPER_START = /^\p{Lu}/u;

/** True when a token's text starts with a capital letter. */
export function isCapitalised(view: DocView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.kind !== 'word') return false;
  const c = view.text.charCodeAt(t.start);
  // ASCII fast path; other scripts (and astral letters) go through the Unicode test.
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(view.text.slice(t.start, t.start + 2));
}

/**
 * A sentence is a headline when most of its longer words are capitalised and it has no final
 * stop ("Putin Warns of Retaliation Amid Ongoing Ukraine Conflict"): there a capital proves nothing.
 */
function isHeadline(text: string, tokens: readonly Token[], s: Sentence): boolean {
  // Headlines end without a full stop; a running sentence full of names ("Operation Rising Lion began, the Ministry of Health said.") has one.
  // Why first: most sentences have one, and then their words need no count.
  const last = tokens[s.endToken - 1];
  if (last !== undefined && /^[.!?]$/.test(text.slice(last.start, last.end))) return false;
  let words = 0;
  let capitals = 0;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.end - t.start < 4 || FUNCTION_WORDS.has(t.normal)) continue;
    words++;
    if (UPPER_START.test(text[t.start]!)) capitals++;
  }
  return words >= 3 && capitals / words >= 0.6;
}

/** Builds the per-document view. Linear in the number of tokens. */
export function makeDocView(doc: Doc): DocView {
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const tokenAt = new Int32Array(text.length + 1).fill(-1);
  const tokenEndingAt = new Int32Array(text.length + 1).fill(-1);
  tokens.forEach((t, i) => {
    tokenAt[t.start] = i;
    tokenEndingAt[t.end] = i;
  });
  const initial = new Uint8Array(tokens.length);
  const headline = new Uint8Array(sentences.length);
  const quoteText = foldQuotes(text);
  const lowerText = foldDiacritics(quoteText).toLowerCase();
  const view: DocView = { text, tokens, sentences, tokenAt, tokenEndingAt, initial, headline, capitalisedInRunningText: new Set(), quoteText, lowerText };
  for (const s of sentences) {
    headline[s.index] = isHeadline(text, tokens, s) ? 1 : 0;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' || t.kind === 'number') {
        initial[i] = 1;
        break;
      }
    }
  }
  const seen = view.capitalisedInRunningText as Set<string>;
  tokens.forEach((t, i) => {
    if (initial[i] || headline[t.sentence] || !isCapitalised(view, i)) return;
    const previous = tokens[i - 1];
    // After a colon or an opening quote a capital starts a new sentence, not a name.
    if (previous && /^[:"“‘(]$/.test(text.slice(previous.start, previous.end))) return;
    seen.add(t.normal);
  });
  return view;
}

/** The reader of the lower-case words of one sentence: a token's lower-case form, or undefined for another sentence, a capitalised word or past the end ("of the general staff" after a role noun). */
export function lowerWordsOf(view: DocView, sentence: number): (k: number) => string | undefined {
  const { tokens } = view;
  return (k) => (tokens[k]?.sentence === sentence && !isCapitalised(view, k) ? tokens[k]!.normal : undefined);
}

/** True where a capital proves nothing: sentence start, after a colon or quote, or in a headline. */
export function capitalProvesNothing(view: DocView, i: number): boolean {
  const t = view.tokens[i]!;
  if (view.initial[i] || view.headline[t.sentence]) return true;
  const previous = view.tokens[i - 1];
  return previous !== undefined && previous.sentence === t.sentence && /^[:"“‘(]$/.test(view.text.slice(previous.start, previous.end));
}
