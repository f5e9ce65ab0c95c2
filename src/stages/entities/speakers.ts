import type { EntityMention } from '../../core/mention.js';
import type { DocView } from './doc-view.js';

/** A quotation's extent in the text, marks included. */
export interface QuoteSpan {
  readonly start: number;
  readonly end: number;
}

/** A person mention with its sentence and tokens. */
interface PlacedPerson {
  readonly m: EntityMention;
  readonly sentence: number;
  readonly first: number;
  readonly end: number;
}

/** The characters that open, close or cut off a quotation. */
const QUOTE_CHARS = /[“”"\n]/g;
/** Most tokens before the colon of a transcript's speaker label ("President of the Russian Academy of Sciences Yuri Balega:"). */
const MAX_LABEL = 12;
/** Most words of a label that names no one ("Question:", "Remark from the audience:"). */
const MAX_ANONYMOUS = 5;
/** Tokens that end the words of a label before its colon: a colon, or a sentence's end. */
const LABEL_STOPS = new Set([':', '.', '!', '?', ';']);

/**
 * Quotations in the text, in order: curly marks pair up (one left open closes at its paragraph's
 * end, as a quote running over paragraphs does); straight double marks alternate within a paragraph.
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let curly = -1;
  let straight = -1;
  QUOTE_CHARS.lastIndex = 0;
  for (let m = QUOTE_CHARS.exec(text); m !== null; m = QUOTE_CHARS.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '“') curly = i;
    else if (c === '”' && curly >= 0) {
      spans.push({ start: curly, end: i + 1 });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    } else if (c === '\n') {
      if (curly >= 0) spans.push({ start: curly, end: i });
      curly = -1;
      straight = -1;
    }
  }
  if (curly >= 0) spans.push({ start: curly, end: text.length });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Who speaks at each token: inside a quotation, the one person the quotation's sentences name
 * outside quotation marks ("“We hope …,” Lavrov said"); outside, the speaker label of a transcript
 * in force ("Vladimir Putin: …" until the next label; "Question:" names no one). Undefined when
 * unknown or when more than one person could be speaking. Call it with token indices in text order.
 */
export function speakersBy(view: DocView, persons: readonly PlacedPerson[], quotes: readonly QuoteSpan[]): (i: number) => EntityMention | undefined {
  const { tokens, text } = view;
  const labels = transcriptLabels(view, persons);
  const inQuote = (offset: number): QuoteSpan | undefined => quotes.find((q) => q.start < offset && offset < q.end);
  // The one person a quotation's sentences name outside quotation marks: the same for every token of the quotation, so found once per quotation.
  const quoteSpeaker = (quote: QuoteSpan): EntityMention | undefined => {
    const [first, last] = [sentenceAt(view, quote.start), sentenceAt(view, quote.end - 1)];
    const outside = persons.filter((p) => p.sentence >= first && p.sentence <= last && !inQuote(p.m.start) && !text.slice(Math.min(p.m.start, quote.start), Math.max(p.m.end, quote.end)).includes('\n'));
    const speakers = new Set(outside.map((p) => p.m.entity));
    return speakers.size === 1 ? outside[0]!.m : undefined;
  };
  const byQuote = new Map<QuoteSpan, EntityMention | undefined>();
  let next = 0;
  let open = 0;
  return (i) => {
    const t = tokens[i]!;
    while (open < quotes.length && quotes[open]!.end <= t.start) open++;
    const quote = quotes[open] !== undefined && quotes[open]!.start < t.start ? inQuote(t.start) : undefined;
    if (quote) {
      if (!byQuote.has(quote)) byQuote.set(quote, quoteSpeaker(quote));
      return byQuote.get(quote);
    }
    // Tokens come in text order, so the label in force only moves forward.
    while (next < labels.length && labels[next]!.token <= i) next++;
    const label = labels[next - 1];
    return label?.speaker;
  };
}

/** The index of the sentence holding `offset` (binary search over the sentences). */
function sentenceAt(view: DocView, offset: number): number {
  const { sentences } = view;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The speaker labels of a transcript, in order: lines opening with a name (or a few capitalised words) and a colon. */
function transcriptLabels(view: DocView, persons: readonly PlacedPerson[]): { token: number; speaker: EntityMention | undefined }[] {
  const { tokens, text } = view;
  const labels: { token: number; speaker: EntityMention | undefined }[] = [];
  // Persons come in text order: those of each sentence are found by a pointer that only moves forward.
  let from = 0;
  for (const s of view.sentences) {
    while (from < persons.length && persons[from]!.first < s.firstToken) from++;
    const first = tokens[s.firstToken];
    if (!first || (first.start > 0 && text[first.start - 1] !== '\n')) continue;
    let colon = s.firstToken;
    while (colon < s.endToken && colon - s.firstToken < MAX_LABEL && !LABEL_STOPS.has(tokens[colon]!.normal)) colon++;
    if (tokens[colon]?.normal !== ':' || colon === s.firstToken) continue;
    // The label's one person, ending at the colon or before a bracket ("Angela Merkel (retranslated):").
    const named: PlacedPerson[] = [];
    for (let k = from; k < persons.length && persons[k]!.first < colon; k++) if (persons[k]!.end <= colon) named.push(persons[k]!);
    const last = named.at(-1);
    const speaker = named.length === 1 && last !== undefined && (last.end === colon || tokens[last.end]!.normal === '(') ? last.m : undefined;
    if (speaker || (colon - s.firstToken <= MAX_ANONYMOUS && /^\p{Lu}/u.test(text[first.start]!)) || named.length > 0 || tokens.slice(s.firstToken, colon).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(text[t.start]!) || t.pos === 'ADP' || t.pos === 'DET')) {
      labels.push({ token: s.firstToken, speaker });
    }
  }
  return labels;
}
