import assert from 'node:assert/strict';
import type { AnalysisRecord } from '../../src/core/record.js';

/** A span-like object with text, as every layer item and claim part is. */
interface Piece {
  start: number;
  end: number;
  text?: string;
}

/**
 * Checks what the spec promises of every record: offsets in range, `text === slice` for every
 * mention and every claim or event part, arrays sorted by start then end, unique ids, and
 * references (entities, times, quantities, claims) that point at ids present in the record.
 */
export function assertRecordInvariants(record: AnalysisRecord): void {
  const { text } = record;
  assert.equal(record.doc.length, text.length, 'doc.length is the text length');
  const checkPiece = (piece: Piece | undefined, where: string): void => {
    if (!piece) return;
    assert.ok(Number.isInteger(piece.start) && Number.isInteger(piece.end), `${where}: integer offsets`);
    assert.ok(0 <= piece.start && piece.start <= piece.end && piece.end <= text.length, `${where}: [${piece.start}, ${piece.end}) in range`);
    if (piece.text !== undefined) assert.equal(piece.text, text.slice(piece.start, piece.end), `${where}: text equals its slice`);
  };
  const checkSorted = (items: readonly Piece[], layer: string): void => {
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!];
      assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), `${layer} sorted at ${i}`);
    }
  };
  record.sentences.forEach((s, i) => checkPiece(s, `sentences[${i}]`));
  checkSorted(record.sentences, 'sentences');
  const ids = new Set<string>();
  const addId = (id: string, where: string): void => {
    assert.ok(!ids.has(id), `${where}: id ${id} is unique`);
    ids.add(id);
  };
  for (const layer of ['entities', 'times', 'quantities', 'claims'] as const) {
    const items = record[layer] as readonly (Piece & { id: string; rule?: string })[];
    items.forEach((item, i) => {
      checkPiece(item, `${layer}[${i}]`);
      addId(item.id, `${layer}[${i}]`);
    });
    checkSorted(items, layer);
  }
  const entityIds = new Set(record.entities.map((e) => e.entity));
  record.claims.forEach((claim, i) => {
    checkPiece(claim.source, `claims[${i}].source`);
    checkPiece(claim.cue, `claims[${i}].cue`);
    checkPiece(claim.content, `claims[${i}].content`);
    if (claim.source?.entity) assert.ok(entityIds.has(claim.source.entity), `claims[${i}].source.entity exists`);
  });
  record.events.forEach((event, i) => {
    addId(event.id, `events[${i}]`);
    checkPiece(event.trigger, `events[${i}].trigger`);
    assert.ok(event.sentence >= 0 && event.sentence < record.sentences.length, `events[${i}].sentence in range`);
    for (const side of [event.source, event.target]) side?.entities.forEach((e) => assert.ok(entityIds.has(e), `events[${i}] entity ${e} exists`));
    if (event.reportedBy) assert.ok(ids.has(event.reportedBy), `events[${i}].reportedBy exists`);
    event.quantities?.forEach((q) => assert.ok(ids.has(q), `events[${i}] quantity ${q} exists`));
    if (event.time) assert.ok(ids.has(event.time.time), `events[${i}] time exists`);
  });
  record.diagnostics.forEach((d, i) => {
    if (d.start !== undefined && d.end !== undefined) checkPiece({ start: d.start, end: d.end }, `diagnostics[${i}]`);
  });
}
