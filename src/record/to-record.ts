import type { Doc } from '../core/doc.js';
import { RECORD_SCHEMA, type AnalysisRecord, type PipelineInfo } from '../core/record.js';
import { compareSpans } from '../core/span.js';

/**
 * The analysis record of an analysed Doc. Arrays are sorted by start then end, as the spec requires,
 * and keys come in a fixed order, so the same input gives byte-identical JSON.
 */
export function toRecord(doc: Doc, pipeline: PipelineInfo): AnalysisRecord {
  const { meta, layers } = doc;
  return {
    schema: RECORD_SCHEMA,
    doc: {
      id: meta.id,
      ...(meta.title !== undefined && { title: meta.title }),
      ...(meta.url !== undefined && { url: meta.url }),
      ...(meta.source !== undefined && { source: meta.source }),
      ...(meta.published !== undefined && { published: meta.published }),
      language: meta.language,
      sha256: meta.sha256,
      rawSha256: meta.rawSha256,
      length: doc.text.length,
    },
    text: doc.text,
    sentences: (layers.sentences ?? []).map((s) => ({ start: s.start, end: s.end })),
    entities: sorted(layers.entities),
    times: sorted(layers.times),
    quantities: sorted(layers.quantities),
    claims: sorted(layers.claims),
    events: [...(layers.events ?? [])].sort((a, b) => a.sentence - b.sentence || compareSpans(a.trigger, b.trigger)),
    diagnostics: [...doc.diagnostics].sort((a, b) => (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1)),
    pipeline,
  };
}

/** A sorted copy of a layer, or [] when the layer was not filled. */
function sorted<T extends { start: number; end: number }>(items: readonly T[] | undefined): T[] {
  return [...(items ?? [])].sort(compareSpans);
}
