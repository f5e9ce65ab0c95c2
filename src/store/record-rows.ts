import type { AnalysisRecord } from '../core/record.js';
import type { EntityMention, EventActor } from '../core/mention.js';

/** A row's values in the column order of its table in `ROW_COLUMNS` (document_id comes first and is added by the store). */
export type RowValues = (string | number | null)[];

/** The mention rows of one record, one array per table. */
export interface AnalysisRows {
  readonly entities: RowValues[];
  readonly times: RowValues[];
  readonly quantities: RowValues[];
  readonly claims: RowValues[];
  readonly events: RowValues[];
  readonly diagnostics: RowValues[];
}

/** The columns of each mention table after `document_id`, in the order `recordRows` fills them. */
export const ROW_COLUMNS = {
  entities: ['mid', 'start', 'end', 'text', 'type', 'entity', 'name', 'kb', 'country', 'actor', 'confidence', 'rule'],
  times: ['mid', 'start', 'end', 'text', 'type', 'value', 'certainty', 'confidence', 'rule'],
  quantities: ['mid', 'start', 'end', 'text', 'value', 'approx', 'unit', 'fraction', 'confidence', 'rule'],
  claims: ['cid', 'start', 'end', 'source_text', 'source_entity', 'source_name', 'cue', 'cue_lemma', 'content', 'kind', 'stance', 'confidence', 'rule'],
  events: [
    'vid', 'sentence', 'start', 'end', 'trigger', 'plover', 'cameo', 'quad', 'goldstein', 'mode', 'status',
    'source_actor', 'source_text', 'source_country', 'target_actor', 'target_text', 'target_country',
    'location', 'time_value', 'date', 'reported_by', 'confidence', 'rule', 'source_name', 'target_name',
  ],
  diagnostics: ['code', 'severity', 'stage', 'message', 'start', 'end'],
} as const satisfies Record<keyof AnalysisRows, readonly string[]>;

/** A calendar date at the start of a TIMEX3 or ISO value (`2025-06-04`, `2025-06-04T10:00`), else null. */
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Flattens a record's layers into table rows: every layer queryable without parsing JSON. */
export function recordRows(record: AnalysisRecord): AnalysisRows {
  const byEntity = new Map<string, EntityMention>();
  for (const m of record.entities) if (!byEntity.has(m.entity)) byEntity.set(m.entity, m);
  const published = record.doc.published?.match(DAY)?.[0] ?? null;
  return {
    entities: record.entities.map((m) => [
      m.id, m.start, m.end, m.text, m.type, m.entity, m.name, m.kb ?? null, m.country ?? null, m.actor ?? null, m.confidence, m.rule,
    ]),
    times: record.times.map((m) => [m.id, m.start, m.end, m.text, m.type, m.value, m.certainty, m.confidence, m.rule]),
    quantities: record.quantities.map((m) => [
      m.id, m.start, m.end, m.text, m.value, m.approx, m.unit ?? null, m.fraction ? 1 : 0, m.confidence, m.rule,
    ]),
    claims: record.claims.map((c) => [
      c.id, c.start, c.end, c.source?.text ?? null, c.source?.entity ?? null,
      c.source?.entity !== undefined ? (byEntity.get(c.source.entity)?.name ?? null) : null,
      c.cue.text, c.cue.lemma, c.content.text, c.kind, c.stance, c.confidence ?? null, c.rule ?? null,
    ]),
    events: record.events.map((v) => [
      v.id, v.sentence, v.trigger.start, v.trigger.end, v.trigger.text, v.plover, v.cameo, v.quad, v.goldstein,
      v.mode ?? null, v.status,
      v.source?.actor ?? null, v.source?.text ?? null, countryOf(v.source, byEntity),
      v.target?.actor ?? null, v.target?.text ?? null, countryOf(v.target, byEntity),
      v.location ? (byEntity.get(v.location.entity)?.name ?? null) : null,
      v.time?.value ?? null, v.time?.value?.match(DAY)?.[0] ?? published,
      v.reportedBy ?? null, v.confidence, v.rule ?? null,
      namesOf(v.source, byEntity), namesOf(v.target, byEntity),
    ]),
    diagnostics: record.diagnostics.map((d) => [d.code, d.severity, d.stage, d.message, d.start ?? null, d.end ?? null]),
  };
}

/** The canonical names of an event side's entities, in order, joined by "; " (null when it has none). */
function namesOf(side: EventActor | undefined, byEntity: ReadonlyMap<string, EntityMention>): string | null {
  const names = [...new Set((side?.entities ?? []).map((id) => byEntity.get(id)?.name).filter((n) => n !== undefined))];
  return names.length > 0 ? names.join('; ') : null;
}

/** The country of an event side: its first entity's country, else the country prefix of its CAMEO actor code. */
function countryOf(side: EventActor | undefined, byEntity: ReadonlyMap<string, EntityMention>): string | null {
  if (!side) return null;
  for (const id of side.entities) {
    const country = byEntity.get(id)?.country;
    if (country) return country;
  }
  return side.actor && /^[A-Z]{3}/.test(side.actor) ? side.actor.slice(0, 3) : null;
}
