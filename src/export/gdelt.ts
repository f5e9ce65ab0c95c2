import type { EntityMention, Event, EventActor } from '../core/mention.js';
import type { AnalysisRecord } from '../core/record.js';
import { entityIndex, eventDate } from './plover.js';

/** The GDELT-style event columns, in order. */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor2Code', 'Actor2Name', 'Actor2CountryCode',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'SOURCEURL',
] as const;

/** A CSV field, quoted when it holds a comma, a quote or a line break. */
function csv(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** GDELT's ActionGeo_Type: 1 country, 4 city or place, 0 unknown. */
function geoType(place: EntityMention | undefined): number {
  if (!place) return 0;
  return place.geo?.feature === 'country' ? 1 : 4;
}

/** Actor code, name and country of one side. */
function actorColumns(side: EventActor | undefined, byEntity: ReadonlyMap<string, EntityMention>): (string | undefined)[] {
  if (!side) return ['', '', ''];
  const first = side.entities[0] === undefined ? undefined : byEntity.get(side.entities[0]);
  const code = side.actor ?? '';
  return [code, first?.name ?? side.text, first?.country ?? (/^[A-Z]{3}/.test(code) ? code.slice(0, 3) : '')];
}

/** One CSV row per event: actor codes, CAMEO code, QuadClass, Goldstein, place and source URL. */
export function toGdeltRows(record: AnalysisRecord): string[] {
  const byEntity = entityIndex(record);
  return record.events.map((event: Event) => {
    const place = event.location ? byEntity.get(event.location.entity) : undefined;
    const row = [
      `${record.doc.id}-${event.id}`,
      eventDate(event, record)?.replace(/-/g, ''),
      ...actorColumns(event.source, byEntity),
      ...actorColumns(event.target, byEntity),
      1,
      event.cameo,
      event.cameo.slice(0, 3),
      event.cameo.slice(0, 2),
      event.quad,
      event.goldstein,
      event.mentions?.length ?? 1,
      geoType(place),
      place?.name,
      place?.country,
      place?.geo?.lat,
      place?.geo?.lon,
      record.doc.url ?? record.doc.id,
    ];
    return row.map(csv).join(',');
  });
}
