import type { EntityMention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';

/**
 * The entity id of a source span, read from the entities layer: the mention that covers the
 * span's head (its last word before "of"/"by", given as `head`), else the mention that ends where
 * the span ends, else the last mention inside the span. Undefined when no mention lies inside.
 * `entities` is sorted by start, so the search is a binary search plus a short walk.
 */
export function entityOf(entities: readonly EntityMention[], span: Span, head: Span): string | undefined {
  const lo = firstFrom(entities, span.start);
  let atHead: EntityMention | undefined;
  let atEnd: EntityMention | undefined;
  let last: EntityMention | undefined;
  for (let i = lo; i < entities.length && entities[i]!.start < span.end; i++) {
    const m = entities[i]!;
    if (m.end > span.end) continue;
    if (m.start <= head.start && m.end >= head.end && (!atHead || m.end - m.start > atHead.end - atHead.start)) atHead = m;
    if (m.end === span.end && (!atEnd || m.start < atEnd.start)) atEnd = m;
    last = m;
  }
  return (atHead ?? atEnd ?? last)?.entity;
}

/**
 * The end of a source span `span` stretched over the name it cuts or that stands right after it
 * before `limit` (the cue): "William Clay" of "William Clay Ford Jr." (wink tags Ford a verb), and
 * "The US automobile manufacturer" before "Ford predicted". `span.end` when there is none.
 */
export function nameEnd(text: string, entities: readonly EntityMention[], span: Span, limit: number): number {
  for (let i = firstFrom(entities, span.start); i < entities.length; i++) {
    const m = entities[i]!;
    if (m.start > span.end + 1) break;
    if (m.end <= span.end || m.end > limit) continue;
    // A name that starts inside the source, or right after it with one space between.
    if (m.start < span.end || (m.start === span.end + 1 && text[span.end] === ' ')) return m.end;
  }
  return span.end;
}

/** The index of the first mention that starts at or after `offset` (`entities` is sorted by start). */
function firstFrom(entities: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
