/**
 * Attacks by the media: "Chinese state media attacked the Dalai Lama as a separatist", "the army
 * newspaper hit out at …". A newspaper, broadcaster or news agency can attack only in words, so
 * the act is a condemnation (CAMEO 111, PLOVER ACCUSE mode disapprove), not violence.
 */
import type { DraftEvent } from './merge.js';

/** Verbs of attack that also have a verbal sense. */
const ATTACKING = new Set(['attack', 'assault', 'hit', 'target', 'blast', 'savage']);
/** The CAMEO sector code of the media, after the three-letter country code. */
const MEDIA = 'MED';
/** CAMEO "criticize or denounce". */
const CRITICIZE = '111';

/** The draft as a condemnation when the media attack; any other draft as it is. */
export function verbalAttack(d: DraftEvent): DraftEvent {
  if (d.plover !== 'ASSAULT' || !ATTACKING.has(d.lemmas[0] ?? '') || d.source?.actor?.slice(3, 6) !== MEDIA) return d;
  const { mode: _violence, ...rest } = d;
  return { ...rest, cameo: CRITICIZE, plover: 'ACCUSE', basePlover: 'ACCUSE', rule: `${d.rule}+media` };
}
