import type { EventActor, EventStatus } from '../../core/mention.js';
import type { Span } from '../../core/span.js';

/** An event before ids are given: what one trigger yields, or several merged. */
export interface DraftEvent {
  sentence: number;
  trigger: Span & { text: string };
  mentions: Span[];
  /** Token indices of the triggers (and pattern words) of every mention. */
  tokens: number[];
  plover: string;
  /** The category before recoding for tense ("will meet" is AGREE, but still needs a partner to meet). */
  basePlover?: string;
  mode?: string;
  context?: readonly string[];
  cameo: string;
  specificity: number;
  reciprocal: boolean;
  /** PETRARCH's code of the act seen from the target (see `VerbPattern.converse`). */
  converse?: string;
  source?: EventActor;
  target?: EventActor;
  location?: { entity: string };
  time?: { time: string; value: string | null };
  quantities: string[];
  status: EventStatus;
  reportedBy?: string;
  refToken?: number;
  /** A definite nominal ("the attacks"): it may name no actor and still refer to an event told before. */
  anaphoric?: boolean;
  /** A passive whose "by" agent is no actor ("hit by the flood"): no event. */
  passiveWithoutActor?: boolean;
  /** The people of a place act on that place's state ("opposition parties in Nepal organized a strike"): source and target may be one entity. */
  ownPeople?: boolean;
  lemmas: string[];
  /** An act only wished for or a relationship fostered ("hope to enhance our contacts"): it may lend its actors to a happening it merges with, and is no event alone. */
  wished?: boolean;
  rule: string;
  confidence: number;
}

/** Which status a merged event keeps when its mentions disagree: what is reported as done outranks what is expected, planned or denied. */
const STATUS_RANK: readonly EventStatus[] = ['occurred', 'expected', 'planned', 'threatened', 'hypothetical', 'denied'];

/** The actor codes of one side, sorted. */
function codes(side: EventActor | undefined): string[] {
  return side?.actor ? [side.actor.slice(0, 3)] : [];
}

/** Is every code of `a` in `b`? */
function within(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x));
}

/** No side and not a definite nominal: a draft that only waits for its reference to be resolved. */
function sideless(d: DraftEvent): boolean {
  return !d.source && !d.target && !d.anaphoric;
}

/** Can two drafts be the same happening: same category, compatible mode, time and actors (unordered when reciprocal)? */
function compatible(a: DraftEvent, b: DraftEvent): boolean {
  if (a.plover !== b.plover || a.cameo.slice(0, 2) !== b.cameo.slice(0, 2)) return false;
  // Two specific kinds of one root ("kidnapped advisers and exploded bombs": 181, 183) are two acts; a generic code ("attack", 190) may be either.
  if (a.cameo.slice(0, 3) !== b.cameo.slice(0, 3) && a.cameo[2] !== '0' && b.cameo[2] !== '0') return false;
  // A draft kept only to resolve a reference ("the area that we are discussing") names no happening to merge with.
  if (sideless(a) || sideless(b)) return false;
  // What is only wished for or asked about ("the need to organise contacts") is not the happening that took place.
  if ((a.status === 'hypothetical') !== (b.status === 'hypothetical')) return false;
  if (a.mode && b.mode && a.mode !== b.mode) return false;
  if (a.time?.value && b.time?.value && a.time.value !== b.time.value) return false;
  if (a.reciprocal !== b.reciprocal && a.plover !== 'CONSULT') return false;
  if (a.reciprocal || b.reciprocal) {
    const pa = [...codes(a.source), ...codes(a.target)];
    const pb = [...codes(b.source), ...codes(b.target)];
    // Two one-party mentions of different parties ("a meeting with Nazarbayev", "the meeting with Voronin") are two meetings.
    if (pa.length === 1 && pb.length === 1 && pa[0] !== pb[0]) return false;
    return within(pa, pb) || within(pb, pa) || new Set([...pa, ...pb]).size <= 2;
  }
  const side = (x: string[], y: string[]): boolean => x.length === 0 || y.length === 0 || x.join() === y.join();
  const shared = (x: string[], y: string[]): boolean => x.length > 0 && x.join() === y.join();
  // Two halves that share no known side ("… visited Crimea" with no source, "Belarus never visited") are two happenings, not one.
  const halves = !shared(codes(a.source), codes(b.source)) && !shared(codes(a.target), codes(b.target)) && !a.anaphoric && !b.anaphoric
    && (a.source || a.target) !== undefined && (b.source || b.target) !== undefined;
  return !halves && side(codes(a.source), codes(b.source)) && side(codes(a.target), codes(b.target));
}

/** How many sentences after a happening's last mention a later one may still fill its missing side. */
const FILL_REACH = 1;

/** Would the later draft fill a side the earlier one lacks, from further than `FILL_REACH` sentences after its last mention? */
function farFill(into: DraftEvent, d: DraftEvent, lastSentence: number): boolean {
  // A wish lends its actors from anywhere ("we had useful talks", then "We hope to continue our contacts with the European Commission").
  if (d.anaphoric || d.wished || d.sentence - lastSentence <= FILL_REACH) return false;
  return (!into.source && d.source !== undefined) || (!into.target && d.target !== undefined);
}

/**
 * One event per happening: drafts of the same category with compatible actors, mode and time are
 * merged in text order into the first, which gains the later ones' mentions and fills its missing
 * parts from them; its code is the most specific one seen.
 */
export function mergeDrafts(drafts: readonly DraftEvent[]): DraftEvent[] {
  const merged: DraftEvent[] = [];
  // The sentence of each merged event's latest mention.
  const last = new Map<DraftEvent, number>();
  for (const d of drafts) {
    // A draft that names someone is not merged into an earlier one that names no one ("The meeting started with a moment of silence",
    // then "the recent negotiations in Sochi between Mr Putin and Mr Kuchma were discussed at the meeting"): nothing ties the two.
    // Nor is a bare nominal ("the Moscow-based CIS summit") merged into a mere wish ("championed a continued dialogue between Russia
    // and Turkey"): it would take the wish's sides. A side missing from a happening is not filled from a mention more than a sentence
    // after its last one ("visited the Church of St Seraphim", then, paragraphs later, "met Metropolitan Philaret"): that is another meeting.
    const into = d.anaphoric && !d.source && !d.target ? merged.findLast((m) => compatible(m, d) && !m.wished)
      : merged.find((m) => compatible(m, d) && (m.source !== undefined || m.target !== undefined || (!d.source && !d.target)) && !farFill(m, d, last.get(m) ?? m.sentence));
    if (!into) {
      const copy = { ...d, mentions: [...d.mentions], tokens: [...d.tokens], quantities: [...d.quantities], lemmas: [...d.lemmas] };
      merged.push(copy);
      last.set(copy, d.sentence);
      continue;
    }
    last.set(into, d.sentence);
    into.mentions.push(...d.mentions);
    into.tokens.push(...d.tokens);
    into.lemmas.push(...d.lemmas);
    for (const q of d.quantities) if (!into.quantities.includes(q)) into.quantities.push(q);
    const lone = into.source ?? into.target;
    if ((into.reciprocal || d.reciprocal) && (into.source === undefined) !== (into.target === undefined) && d.source && d.target
      && within(codes(lone), [...codes(d.source), ...codes(d.target)])) {
      // "The meeting was held …" aimed at Russia, then "Russian-Ukrainian dialogue": a mention that names both sides gives their order,
      // which one side alone (a subject or an object only) cannot.
      [into.source, into.target] = [d.source, d.target];
    } else if (into.reciprocal || d.reciprocal) {
      for (const side of [d.source, d.target]) {
        if (!side) continue;
        // A party already held as the target is not taken again as the source ("talks started with Putin" then "Putin met Kocharian").
        if (!into.source) {
          if (codes(side).join() !== codes(into.target).join()) into.source = side;
        } else if (!into.target && codes(side).join() !== codes(into.source).join()) into.target = side;
      }
    } else {
      into.source ??= d.source;
      into.target ??= d.target;
    }
    // A happening merged into a wish ("hope to continue our contacts", then "we had useful talks") is told by its own trigger.
    if (into.wished && !d.wished) Object.assign(into, { trigger: d.trigger, sentence: d.sentence, status: d.status, wished: false });
    into.location ??= d.location;
    into.time ??= d.time;
    into.refToken ??= d.refToken;
    if (STATUS_RANK.indexOf(d.status) < STATUS_RANK.indexOf(into.status) ) into.status = d.status;
    if (d.specificity > into.specificity) {
      into.cameo = d.cameo;
      into.specificity = d.specificity;
      if (d.mode) into.mode = d.mode;
      if (d.context) into.context = d.context;
    }
    into.mode ??= d.mode;
    into.confidence = Math.min(0.95, Math.max(into.confidence, d.confidence) + 0.05);
  }
  return merged;
}
