import type { Claim, ClaimPart } from '../../core/mention.js';
import type { Span } from '../../core/span.js';
import { headOf } from './chunker.js';
import type { Draft } from './draft.js';
import { entityOf, nameEnd } from './entity-link.js';
import { firstPersonEntities } from './first-person.js';
import type { ClaimsView } from './view.js';

/** A claim with its links still as draft indices, before ids are given. */
export interface Linked {
  readonly draft: Draft;
  readonly corroboratedBy: number[];
  readonly contestedBy: number[];
}

/**
 * Turns linked drafts into claims: parts get their text, the source its entity, the claim the
 * span from its first to its last part; claims are sorted by (start, end) and numbered c1, c2, …
 * in that order, and the links are rewritten from draft indices to those ids.
 */
export function toClaims(view: ClaimsView, linked: readonly Linked[]): Claim[] {
  const first = firstPersonEntities(view, linked.map((item) => build(view, item.draft)));
  const built = first.map((claim, index) => ({ index, claim }));
  built.sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end || a.claim.cue.start - b.claim.cue.start);
  const ids = new Map<number, string>();
  built.forEach((b, n) => ids.set(b.index, `c${n + 1}`));
  return built.map(({ index, claim }) => {
    const { corroboratedBy, contestedBy } = linked[index]!;
    return {
      ...claim,
      id: ids.get(index)!,
      ...(corroboratedBy.length > 0 && { corroboratedBy: corroboratedBy.map((i) => ids.get(i)!) }),
      ...(contestedBy.length > 0 && { contestedBy: contestedBy.map((i) => ids.get(i)!) }),
    };
  });
}

/** One draft as a claim without id links. */
function build(view: ClaimsView, draft: Draft): Claim & { id: string } {
  const { tokens } = view;
  const cueSpan = { start: tokens[draft.cue[0]]!.start, end: tokens[draft.cue[1] - 1]!.end };
  let source: (ClaimPart & { entity?: string }) | undefined;
  if (draft.source) {
    const cut = { start: tokens[draft.source[0]]!.start, end: tokens[draft.source[1] - 1]!.end };
    // A source before its cue stops at the cue, one after it at the sentence's end.
    const limit = cut.end <= cueSpan.start ? cueSpan.start : view.sentences[draft.sentence]!.end;
    const span = { start: cut.start, end: nameEnd(view.text, view.entities, cut, limit) };
    // "Tom LaSorda, the president of Chrysler": the name before the comma heads the source.
    const comma = tokens.slice(draft.source[0], draft.source[1]).findIndex((t) => t.normal === ',');
    const named = comma > 0 && tokens[draft.source[0]]!.pos === 'PROPN' && tokens[draft.source[0] + comma - 1]!.pos === 'PROPN';
    const h = named ? draft.source[0] + comma - 1 : headOf(tokens, draft.source[0], draft.source[1]);
    const head = tokens[h]!;
    // "a telegram to Mr Kuchma": names after a preposition other than "of" or "by" are not the source
    // ("President of Ukraine Viktor Yanukovych" is).
    const link = tokens[h + 1];
    const own = h + 1 < draft.source[1] && link!.pos === 'ADP' && link!.normal !== 'of' && link!.normal !== 'by' ? { start: span.start, end: head.end } : span;
    const entity = entityOf(view.entities, own, head);
    source = { ...part(view, span), ...(entity !== undefined && { entity }) };
  }
  const parts: Span[] = [cueSpan, draft.content, ...(source && source.end <= draft.content.end + 200 && source.start >= draft.content.start - 200 ? [source] : [])];
  return {
    id: '',
    start: Math.min(...parts.map((p) => p.start)),
    end: Math.max(...parts.map((p) => p.end)),
    ...(source && { source }),
    cue: { ...part(view, cueSpan), lemma: draft.lemma },
    content: part(view, draft.content),
    kind: draft.kind,
    stance: draft.stance,
    confidence: draft.confidence,
    rule: draft.rule,
  };
}

/** A span with its text. */
function part(view: ClaimsView, span: Span): ClaimPart {
  return { start: span.start, end: span.end, text: view.text.slice(span.start, span.end) };
}
