import type { Draft } from './draft.js';
import { quoteContent } from './content.js';
import { type ClaimsView, tokenStartingAt } from './view.js';

/** How many sentences back a quotation with no cue of its own may find its speaker. */
const CARRY_SENTENCES = 4;
/** Tokens that may stand before a quotation that opens a sentence ("😀 “…”"). */
const LEAD_KINDS = new Set(['emoji', 'emoticon', 'symbol']);

/**
 * Claims for the quotations no cue claimed: a quotation resumed after its attribution ("“…,” he
 * said, “…”") takes that attribution; a quotation that opens a sentence or paragraph with no cue
 * ("The message said: … “…”", or a speaker's next paragraph) takes the speaker of the last
 * claim within a few sentences, as readers do. The cue is then the opening quotation mark.
 * Titles and scare quotes inside a sentence stay unclaimed. `drafts` are the claims so far, in
 * text order.
 */
export function quoteClaims(view: ClaimsView, drafts: readonly Draft[]): Draft[] {
  const { tokens } = view;
  const claimed = [...drafts];
  const out: Draft[] = [];
  view.quotes.forEach((quote, q) => {
    const open = quote.depth === 0 ? tokenStartingAt(tokens, quote.start) : -1;
    const content = open < 0 ? null : quoteContent(view, q);
    if (!content || claimed.some((d) => d.content.start <= content.content.start + 1 && d.content.end >= content.content.end - 2)) return;
    const sentence = tokens[open]!.sentence;
    const previous = lastWithSource(claimed, quote.start, sentence);
    if (!previous) return;
    let lead = view.sentences[sentence]!.firstToken;
    while (lead < open && LEAD_KINDS.has(tokens[lead]!.kind)) lead++;
    const attributionEnd = Math.max(previous.cue[1], previous.source?.[1] ?? 0);
    const resumed = tokens[open - 1]?.normal === ',' && attributionEnd >= open - 3 && attributionEnd <= open;
    if (!resumed && (lead !== open || sentence - previous.sentence > CARRY_SENTENCES)) return;
    const draft: Draft = resumed
      ? { ...previous, ...content, rule: 'claims/en/quote-resumed', confidence: 0.8, sentence }
      : { source: previous.source!, cue: [open, open + 1], lemma: 'quote', ...content, stance: 'assert', rule: 'claims/en/quote-continued', confidence: 0.6, sentence };
    out.push(draft);
    claimed.push(draft);
  });
  return out;
}

/** The last claim with a source whose content starts before `offset`, within `CARRY_SENTENCES` sentences of `sentence`. */
function lastWithSource(drafts: readonly Draft[], offset: number, sentence: number): Draft | undefined {
  let best: Draft | undefined;
  for (const d of drafts) if (d.source && d.content.start < offset && sentence - d.sentence <= CARRY_SENTENCES && (!best || d.content.start > best.content.start)) best = d;
  return best;
}
