import type { Claim } from '../../core/mention.js';
import type { Span } from '../../core/span.js';
import { entityOf } from './entity-link.js';
import type { ClaimsView } from './view.js';

/** First-person sources that stand for the one speaking. */
const FIRST_PERSON = new Set(['i', 'my', 'me']);
/** Most words of a speaker label before its colon ("Vladimir Putin:", "Andrei Vandenko:"). */
const MAX_LABEL = 5;

/** A speaker label at the start of a line, and the entity it names (none for "Question:"). */
interface Label {
  readonly start: number;
  readonly entity: string | undefined;
}

/**
 * Gives first-person sources with no entity of their own ("I think …") the entity of the one
 * speaking: inside a quotation, the source of the claim that quotes it ("Mr Putin said: “I
 * think …”"); elsewhere, the speaker label in force in a transcript ("Vladimir Putin: … I believe
 * …"), which holds until the next label ("Question:" names no one). Other claims are returned as
 * they are.
 */
export function firstPersonEntities(view: ClaimsView, claims: Claim[]): Claim[] {
  let labels: Label[] | undefined;
  return claims.map((claim) => {
    const source = claim.source;
    if (!source || source.entity !== undefined || !FIRST_PERSON.has(source.text.toLowerCase())) return claim;
    const quote = view.quotes.find((q) => q.depth === 0 && q.start < source.start && source.end <= q.end);
    let entity: string | undefined;
    if (quote) entity = claims.find((c) => c.source?.entity !== undefined && c.kind !== 'indirect' && c.content.start <= quote.inner.start + 1 && quote.inner.start < c.content.end && !(quote.start < c.cue.start && c.cue.end <= quote.end))?.source?.entity;
    else {
      labels ??= speakerLabels(view);
      entity = labelBefore(labels, source.start)?.entity;
    }
    return entity === undefined ? claim : { ...claim, source: { ...source, entity } };
  });
}

/** The last label at or before `offset`, or undefined. */
function labelBefore(labels: readonly Label[], offset: number): Label | undefined {
  let found: Label | undefined;
  for (const label of labels) {
    if (label.start > offset) break;
    found = label;
  }
  return found;
}

/** The speaker labels of a text: up to `MAX_LABEL` capitalised words and a colon opening a line. */
function speakerLabels(view: ClaimsView): Label[] {
  const { tokens, text } = view;
  const labels: Label[] = [];
  for (const sentence of view.sentences) {
    const first = tokens[sentence.firstToken];
    if (!first || (first.start > 0 && text[first.start - 1] !== '\n') || !/^\p{Lu}/u.test(text[first.start]!)) continue;
    let colon = sentence.firstToken;
    while (colon < sentence.endToken && colon - sentence.firstToken < MAX_LABEL && tokens[colon]!.kind === 'word') colon++;
    if (colon === sentence.firstToken || tokens[colon]?.normal !== ':') continue;
    const span: Span = { start: first.start, end: tokens[colon - 1]!.end };
    const names = tokens.slice(sentence.firstToken, colon).every((t) => t.pos === 'PROPN');
    labels.push({ start: span.start, entity: names ? entityOf(view.entities, span, tokens[colon - 1]!) : undefined });
  }
  return labels;
}
