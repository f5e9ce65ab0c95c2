import type { EntityMention, Event, EventActor } from '../core/mention.js';
import type { AnalysisRecord } from '../core/record.js';

/** One actor of a PLOVER record: the text, the actor code and, when the code carries one, the sector. */
interface PloverActor {
  readonly actorText: string;
  readonly code: string;
  readonly sector?: string;
}

/** The PLOVER actors of an event side: one per entity, with its code split into country and sector. */
function actors(side: EventActor | undefined, byEntity: ReadonlyMap<string, EntityMention>): PloverActor[] {
  if (!side) return [];
  return side.entities.map((id) => {
    const m = byEntity.get(id);
    const code = m?.actor ?? m?.country ?? side.actor ?? '';
    return { actorText: m?.name ?? side.text, code: code.slice(0, 3), ...(code.length > 3 && { sector: code.slice(3) }) };
  });
}

/** The first mention of every entity, for names, codes and coordinates. */
export function entityIndex(record: AnalysisRecord): Map<string, EntityMention> {
  const byEntity = new Map<string, EntityMention>();
  for (const m of record.entities) if (!byEntity.has(m.entity) || (!byEntity.get(m.entity)!.geo && m.geo)) byEntity.set(m.entity, m);
  return byEntity;
}

/** The date of an event: its resolved time when it is a calendar date, else the publication date. */
export function eventDate(event: Event, record: AnalysisRecord): string | undefined {
  const value = event.time?.value;
  if (value && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return record.doc.published?.slice(0, 10);
}

/** One PLOVER JSON record per event (field names as in the PLOVER gold-standard records), one per line. */
export function toPloverLines(record: AnalysisRecord): string[] {
  const byEntity = entityIndex(record);
  return record.events.map((event) => {
    const sentence = record.sentences[event.sentence];
    const place = event.location ? byEntity.get(event.location.entity) : undefined;
    const date = eventDate(event, record);
    return JSON.stringify({
      id: `${record.doc.id}-${event.id}`,
      ...(date && { date }),
      source: actors(event.source, byEntity),
      target: actors(event.target, byEntity),
      event: event.plover,
      ...(event.mode && { mode: event.mode }),
      ...(event.context && { context: event.context }),
      eventText: event.trigger.text,
      ...(place && { eventLoc: { name: place.name, ...(place.country && { country: place.country }), ...(place.geo && { lat: place.geo.lat, lon: place.geo.lon }) } }),
      status: event.status,
      cameo: event.cameo,
      goldstein: event.goldstein,
      ...(sentence && { text: record.text.slice(sentence.start, sentence.end) }),
      language: record.doc.language,
      ...(record.doc.source && { publication: record.doc.source }),
      ...(record.doc.url && { url: record.doc.url }),
      docId: record.doc.id,
    });
  });
}
