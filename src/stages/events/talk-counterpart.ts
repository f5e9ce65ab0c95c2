// The counterpart of the two-party talk a report tells last, as the target of a pledge or support of one side that names no
// one: "Mr Putin met with Georgian President Eduard Shevardnadze. … The Russian party expressed readiness to increase
// efforts" is a readiness shown to Georgia, as "The Chilean side expressed readiness to expand cooperation" after Boric met
// Fernandez is one shown to Argentina. The readout of a bilateral meeting tells what each side offered the other.
import type { Doc, Sentence } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { sentenceGroups } from './actors.js';
import type { DraftEvent } from './merge.js';
import { mentionCountry } from './mention-index.js';
import { sameSide } from './own-side.js';

/** Categories of an offer, commitment or support one side of a talk makes to the other (not a demand, a threat or force). */
const TOWARDS_PARTNER = new Set(['AGREE', 'SUPPORT', 'COOPERATE']);

/** Statuses of an act told as made or undertaken in a talk; one denied, expected or only supposed ("had agreed" in a report of views) is made to no one there. */
export const MADE: ReadonlySet<string> = new Set(['occurred', 'planned']);

/** The last mention of a talk before `at`, or -1 when none is. */
function lastBefore(talk: DraftEvent, at: number): number {
  return Math.max(-1, ...talk.mentions.filter((m) => m.start < at).map((m) => m.start));
}

/** The other side of a talk held by `own`'s side with one entity of its country; undefined for a talk `own`'s side is not in. */
function otherSide(talk: DraftEvent, own: string, countries: ReadonlyMap<string, string>): EventActor | undefined {
  const [a, b] = [talk.source, talk.target];
  if (!a?.actor || !b?.actor) return undefined;
  const other = sameSide(own, a.actor) ? b : sameSide(own, b.actor) ? a : undefined;
  return other && other.entities.length === 1 && countries.get(other.entities[0]!) === other.actor?.slice(0, 3) ? other : undefined;
}

/**
 * The actor mentions a sentence names other than as a place ("in Syria", "in Geneva"): a state named as where the talk is held
 * or where the affair it settles is, is the setting, not a party to the talk.
 */
function partiesNamed(doc: Doc, s: Sentence): EntityMention[] {
  const inSentence = (doc.layers.entities ?? []).filter((m) => m.start >= s.start && m.end <= s.end);
  const places = new Set(sentenceGroups(doc.layers.tokens ?? [], s.firstToken, s.endToken, inSentence, []).filter((g) => g.locative).flatMap((g) => g.mentions));
  return inSentence.filter((m) => !places.has(m));
}

/**
 * The target of a targetless offer, commitment or support (AGREE, SUPPORT, COOPERATE) made by one side of the meeting, talk or
 * call the text reports last before it, as made or undertaken: the talk's other party. Only when that talk is held by the source's side with one
 * party, when neither the sentences of its mentions nor the event's name a state other than the two as a party (a summit of several
 * gives none; a state named only as a place is none: "said Iran would continue to support a settlement in Syria" in a call with
 * Turkey; an international organisation may host the talk: "after the CIS Council, Putin met Shevardnadze"; an offer
 * about a third state's affairs, "ready to host a conference on Libya", is not the partner's), and when the source is not
 * both sides jointly.
 */
export function talkCounterpart(doc: Doc, drafts: readonly DraftEvent[], d: DraftEvent): EventActor | undefined {
  const own = d.source?.actor;
  const sentences = doc.layers.sentences ?? [];
  const sentence = sentences[d.sentence];
  if (d.target || !own || !d.source || d.refToken !== undefined || !TOWARDS_PARTNER.has(d.plover) || !MADE.has(d.status) || !sentence) return undefined;
  // The latest talk, not any: a readout of several meetings tells each one's offers after that meeting.
  const talk = drafts.filter((t) => t.plover === 'CONSULT' && lastBefore(t, d.trigger.start) >= 0)
    .sort((x, y) => lastBefore(y, d.trigger.start) - lastBefore(x, d.trigger.start))[0];
  if (!talk) return undefined;
  const countries = new Map((doc.layers.entities ?? []).map((m) => [m.entity, mentionCountry(m)]));
  const partner = otherSide(talk, own, countries);
  const country = partner?.actor?.slice(0, 3);
  if (!partner || !country) return undefined;
  const two = new Set([own.slice(0, 3), country]);
  const told = (s: { start: number; end: number }): boolean => s === sentence || talk.mentions.some((m) => m.start >= s.start && m.start < s.end);
  const named = sentences.filter(told).flatMap((s) => partiesNamed(doc, s).map(mentionCountry));
  const sourceCountries = d.source.entities.map((e) => countries.get(e) ?? '');
  if (named.some((c) => c !== '' && c !== 'IGO' && !two.has(c)) || sourceCountries.includes(country)) return undefined;
  return partner;
}
