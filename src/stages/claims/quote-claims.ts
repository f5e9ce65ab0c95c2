import type { Draft } from './draft.js';
import { quoteContent } from './content.js';
import { quoteInClause } from './quote-in-clause.js';
import { isName } from './quote-name.js';
import { type ClaimsView, tokenStartingAt } from './view.js';

/** How many sentences back a quotation with no cue of its own may find its speaker. */
const CARRY_SENTENCES = 4;
/** Tokens that may stand before a quotation that opens a sentence ("😀 “…”"). */
const LEAD_KINDS = new Set(['emoji', 'emoticon', 'symbol']);
/** Words after which a quotation is a name or term ("the so-called “…”", "dubbed “…”"), not words said. */
const NAMING = new Set(['called', 'so-called', 'dubbed', 'named', 'termed', 'titled', 'entitled', 'codenamed', 'nicknamed']);

/**
 * Claims for the quotations no cue claimed: a quotation resumed after its attribution ("“…,” he
 * said, “…”") takes that attribution; a quotation inside a clause with a reporting verb, or
 * opening a sentence after a colon, takes that verb (`quoteInClause`); a quotation that opens a
 * sentence or paragraph with no cue (a speaker's next paragraph) takes the speaker of the last
 * claim within a few sentences, as readers do, with the opening quotation mark as cue; so does a
 * quoted fragment with no cue in the sentence of, or right after, a speaker's quoted words. Names
 * set off by marks and other quotations in clauses with no reporting verb stay unclaimed. `drafts` are the
 * claims so far, in text order.
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
    let lead = view.sentences[sentence]!.firstToken;
    while (lead < open && LEAD_KINDS.has(tokens[lead]!.kind)) lead++;
    const attributionEnd = previous ? Math.max(previous.cue[1], previous.source?.[1] ?? 0) : -1;
    const resumed = previous && tokens[open - 1]?.normal === ',' && attributionEnd >= open - 3 && attributionEnd <= open;
    // Why this order: a resumed quotation continues its attribution; a cue of the quotation's own
    // clause (or of the sentence ending in a colon before it) is nearer than a speaker carried over.
    let draft: Draft | null = resumed ? { ...previous, ...content, rule: 'claims/en/quote-resumed', confidence: 0.8, sentence } : quoteInClause(view, q, open, lead, claimed);
    if (!draft && previous && lead === open && sentence - previous.sentence <= CARRY_SENTENCES) {
      draft = { source: previous.source!, cue: [open, open + 1], lemma: 'quote', ...content, stance: 'assert', rule: 'claims/en/quote-continued', confidence: 0.6, sentence };
    }
    // "The iPhone was praised by Jobs as “…”. It is thin, making it “the thinnest smartphone on
    // the planet”": words quoted with no cue of their own, right after a speaker's quoted words,
    // are more of that speaker's; a name or term set off by marks is not (see `isName`).
    if (!draft && previous && previous.kind !== 'indirect' && sentence - previous.sentence <= 1 && !asked(view, sentence) && !named(view, q, open)) {
      draft = { source: previous.source!, cue: [open, open + 1], lemma: 'quote', ...content, stance: 'assert', rule: 'claims/en/quote-fragment', confidence: 0.5, sentence };
    }
    if (!draft) return;
    out.push(draft);
    claimed.push(draft);
  });
  return out;
}

/** True when quotation `q` (opened at token `open`) sets off a name or term: `isName`, or after a naming word ("the so-called “…”"). */
function named(view: ClaimsView, q: number, open: number): boolean {
  return NAMING.has(view.tokens[open - 1]?.normal ?? '') || isName(view, q, open);
}

/** True when sentence `s` is a question: it puts words to someone rather than reporting them. */
function asked(view: ClaimsView, s: number): boolean {
  return view.tokens[view.sentences[s]!.endToken - 1]?.normal === '?';
}

/** The last claim with a source whose content starts before `offset`, within `CARRY_SENTENCES` sentences of `sentence`. */
function lastWithSource(drafts: readonly Draft[], offset: number, sentence: number): Draft | undefined {
  let best: Draft | undefined;
  for (const d of drafts) if (d.source && d.content.start < offset && sentence - d.sentence <= CARRY_SENTENCES && (!best || d.content.start > best.content.start)) best = d;
  return best;
}
