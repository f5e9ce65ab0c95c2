import type { EntityMention } from '../../core/mention.js';
import type { Span } from '../../core/span.js';

/**
 * The entity id of a source span, read from the entities layer: the mention that covers the
 * span's head (its last word before "of"/"by", given as `head`), else the mention that ends where
 * the span ends, else the last mention inside the span. Undefined when no mention lies inside.
 * `entities` is sorted by start, so the search is a binary search plus a short walk.
 */
export function entityOf(entities: readonly EntityMention[], span: Span, head: Span): string | undefined {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
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
