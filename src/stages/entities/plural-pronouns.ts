import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import type { DocView } from './doc-view.js';
import { FIRST_PLURAL, GROUP_SECTORS, PEOPLE_NOUNS, THIRD_PLURAL } from './locales/en/lexicon.js';
import { quoteSpans, speakersBy } from './speakers.js';

/** Rule name of the plural and collective pronoun mentions. */
const RULE = 'entities/en/coref-plural';
/** Sectors of a speaker that make them speak for their country's state ("we" of a minister is the government). */
const OFFICIAL = /^[A-Z]{3}(GOV|MIL|LEG)$/;
/** Words before "us" that make it the people present ("let us", "join us", "among us"). */
const ROOM_BEFORE_US = new Set(['let', 'join', 'among', 'between', 'welcome']);
/** Quantifiers before "of us" ("each of us", "all of us"). */
const QUANTIFIERS = new Set(['each', 'all', 'many', 'some', 'most', 'none', 'both', 'any', 'one', 'few', 'every']);
/** Nouns after "our" that make it the people present ("our meeting", "our colleague"). */
const ROOM_NOUNS = new Set(['meeting', 'ceremony', 'colleague', 'colleagues', 'discussion', 'conversation', 'talks', 'guests', 'guest', 'event', 'session', 'friends']);
/** Words of a shared undertaking: "we" in their sentence may be more than the speaker's state. */
const SHARED = new Set(['joint', 'jointly', 'together', 'bilateral', 'mutual', 'mutually', 'both', 'common']);
/** Verbs of the talk itself: "we" with them is the people talking ("we are talking about supply chains"). */
const TALK_VERBS = new Set(['talk', 'speak', 'discuss', 'hear', 'mean', 'look', 'listen', 'see', 'know']);
/** Words that join the members of a list. */
const LIST_JOINERS = new Set(['and', ',', 'or', '&']);

/** A mention with the sentence and token range it covers. */
interface Placed {
  readonly m: EntityMention;
  readonly sentence: number;
  readonly first: number;
  readonly end: number;
}

/**
 * Plural pronouns as mentions of a collective actor, conservatively (absent rather than guessed):
 * - "we"/"our"/"us" spoken by a country's official (a transcript's speaker label in force, or the
 *   one person named outside the quotation around it), in an article naming officials of that
 *   country only, stand for that country's state: the article's country mention, else its
 *   government's, with the speaker's sector as actor ("Vladimir Putin: We hope …" → Russia,
 *   RUSGOV); not where they are the people in the room or anyone ("let us", "each of us");
 * - "they"/"them"/"their" stand for the one collective actor (a group of people with a country,
 *   an organisation; not a country, which English calls "it") of their sentence before them and the
 *   sentence before, in the same paragraph; never when two such actors, two people or a plural
 *   common noun compete there ("The two leaders discussed Georgia. They …" stays unresolved).
 * Returns the new mentions with the layer's ids and entity ids reassigned in text order.
 */
export function resolvePluralPronouns(view: DocView, mentions: readonly EntityMention[]): EntityMention[] {
  const placed = place(view, mentions);
  const bySentence = new Map<number, Placed[]>();
  for (const p of placed) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  const covered = new Uint8Array(view.tokens.length);
  for (const p of placed) covered.fill(1, p.first, p.end);
  let speakers: ((i: number) => EntityMention | undefined) | undefined;
  const side = oneSide(mentions);
  // The state each official's sector stands for, looked up once per article.
  const states = new Map<string, EntityMention | undefined>();
  const added: EntityMention[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (!(t.pos === 'PRON' || t.pos === 'DET') || !(FIRST_PLURAL.has(t.normal) || THIRD_PLURAL.has(t.normal)) || covered[i]) continue;
    const surface = view.text.slice(t.start, t.end);
    // "US" in capitals is the country, not the pronoun.
    if (surface !== surface.toLowerCase() && surface !== surface[0] + surface.slice(1).toLowerCase()) continue;
    let target: EntityMention | undefined;
    let actor: string | undefined;
    if (FIRST_PLURAL.has(t.normal)) {
      if (side === undefined || roomOrAnyone(view.tokens, i)) continue;
      speakers ??= speakersBy(view, placed.filter((p) => p.m.type === 'PERSON'), quoteSpans(view.text));
      const speaker = speakers(i);
      if (speaker?.actor === undefined || !OFFICIAL.test(speaker.actor) || speaker.actor.slice(0, 3) !== side) continue;
      actor = speaker.actor;
      if (!states.has(actor)) states.set(actor, stateOf(mentions, actor));
      target = states.get(actor);
    } else if (THIRD_PLURAL.has(t.normal)) {
      target = collectiveBefore(view, bySentence, i);
      actor = target?.actor;
    }
    if (!target) continue;
    // Assignments in the record's field order, as toMentions makes its mentions: one shape for all.
    const mention: { -readonly [K in keyof EntityMention]: EntityMention[K] } = { id: '', start: t.start, end: t.end, text: surface, confidence: 0.6, rule: RULE, type: target.type, entity: target.entity, name: target.name };
    if (target.kb !== undefined) mention.kb = target.kb;
    if (target.country !== undefined) mention.country = target.country;
    if (actor !== undefined) mention.actor = actor;
    added.push(mention);
  }
  return added.length === 0 ? [...mentions] : renumber([...mentions, ...added]);
}

/** Each mention with its sentence and tokens (mentions that start on no token are left out). */
function place(view: DocView, mentions: readonly EntityMention[]): Placed[] {
  const placed: Placed[] = [];
  for (const m of mentions) {
    const first = view.tokenAt[m.start]!;
    if (first < 0) continue;
    let end = first;
    while (end < view.tokens.length && view.tokens[end]!.start < m.end) end++;
    placed.push({ m, sentence: view.tokens[first]!.sentence, first, end });
  }
  return placed;
}

/**
 * The one country whose officials the article names, or undefined when it names none or several:
 * where two states meet, "we" and "our" are as often both sides ("our bilateral relations") as one.
 */
function oneSide(mentions: readonly EntityMention[]): string | undefined {
  let side: string | undefined;
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.actor === undefined) continue;
    const country = OFFICIAL.test(m.actor) || m.actor.startsWith('IGO') ? m.actor.slice(0, 3) : undefined;
    if (country === undefined) continue;
    if (side !== undefined && side !== country) return undefined;
    side = country;
  }
  return side;
}

/** The article's mention of the state an official speaks for: the country itself, else its government. */
function stateOf(mentions: readonly EntityMention[], actor: string): EntityMention | undefined {
  const country = actor.slice(0, 3);
  return mentions.find((m) => m.type === 'GPE' && m.kb === `country:${country}`)
    ?? mentions.find((m) => m.type === 'ORG' && m.kb !== undefined && m.actor === actor && /government/i.test(m.name));
}

/**
 * True where "we"/"us" at token `i` are the people in the room or anyone, not the state: "let us",
 * "each of us", "joining us", and "we" of the talk itself ("we are talking about", "we heard a proposal").
 */
function roomOrAnyone(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.normal === 'us' && before !== undefined && (ROOM_BEFORE_US.has(before.lemma) || (before.normal === 'of' && QUANTIFIERS.has(tokens[i - 2]?.normal ?? '')))) return true;
  if (t.normal === 'our' && ROOM_NOUNS.has(tokens[i + 1]?.normal ?? '')) return true;
  // Words of a shared undertaking make "we" both sides, or the room ("our joint work", "work together").
  for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === t.sentence; k++) if (SHARED.has(tokens[k]!.normal)) return true;
  if (t.normal !== 'we') return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++) {
    const next = tokens[k]!;
    if (next.pos === 'VERB') return TALK_VERBS.has(next.lemma);
  }
  return false;
}

/** The one collective actor a third-person plural pronoun at token `i` can stand for, or undefined. */
function collectiveBefore(view: DocView, bySentence: ReadonlyMap<number, Placed[]>, i: number): EntityMention | undefined {
  const { tokens, text } = view;
  const pronoun = tokens[i]!;
  // Where the pronoun's paragraph starts: nothing before it counts.
  const paragraph = text.lastIndexOf('\n', pronoun.start - 1);
  const window: Placed[] = [];
  for (const s of [pronoun.sentence - 1, pronoun.sentence]) {
    // "them" is never the subject of its own clause ("Congress could overturn them"): only the sentence before counts.
    if (s === pronoun.sentence && pronoun.normal === 'them') continue;
    for (const p of bySentence.get(s) ?? []) if (p.end <= i && p.m.start > paragraph) window.push(p);
  }
  const candidates = window.filter((p) => collective(tokens, p));
  const entities = new Set(candidates.map((p) => p.m.entity));
  const people = new Set(window.filter((p) => p.m.type === 'PERSON').map((p) => p.m.entity));
  if (entities.size !== 1 || people.size > 1) return undefined;
  // A plural common noun anywhere in the window may be what "they" are ("the two leaders", "the rebels").
  const own = new Set(candidates.map((p) => p.end));
  for (let k = view.sentences[Math.max(0, pronoun.sentence - 1)]!.firstToken; k < i; k++) {
    if (tokens[k]!.start <= paragraph) continue;
    if (pluralNoun(tokens[k]!) && !own.has(k) && !window.some((p) => p.first <= k && k < p.end)) return undefined;
  }
  return candidates.at(-1)!.m;
}

/**
 * A mention that can be "they": a group with a country, with or without its plural noun ("Russian
 * officials", "Ukrainians"); an organisation not governed by a preposition; not a member of a list.
 */
function collective(tokens: readonly Token[], p: Placed): boolean {
  const { m } = p;
  let b = p.first - 1;
  while (tokens[b]?.pos === 'DET') b--;
  const before = tokens[b];
  const after = tokens[p.end];
  // A member of a list ("Russian, Ukrainian and Moldovan presidents", "Russia and Belarus") is not the whole group.
  if ((before !== undefined && LIST_JOINERS.has(before.normal)) || (after !== undefined && LIST_JOINERS.has(after.normal))) return false;
  const governed = before !== undefined && before.sentence === tokens[p.first]!.sentence && before.pos === 'ADP';
  if (m.type === 'NORP') return m.country !== undefined && (groupNoun(after) || /s$/.test(m.text));
  return m.type === 'ORG' && !governed && (m.actor !== undefined || m.country !== undefined);
}

/** True for a plural noun naming a group of people ("officials", "troops", "citizens"). */
function groupNoun(t: Token | undefined): boolean {
  return t !== undefined && pluralNoun(t) && (PEOPLE_NOUNS.has(t.normal) || GROUP_SECTORS.has(t.normal));
}

/** True for a plural common noun ("leaders", "people"). */
function pluralNoun(t: Token | undefined): boolean {
  if (t === undefined || t.pos !== 'NOUN') return false;
  return PEOPLE_NOUNS.has(t.normal) || (t.normal.endsWith('s') && t.lemma !== t.normal && !t.normal.endsWith('ss'));
}

/** Sorts mentions by (start, end) and gives them ids m1… and entity ids e1… in order of first mention. */
function renumber(all: EntityMention[]): EntityMention[] {
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const entityIds = new Map<string, string>();
  return all.map((m, i) => {
    let entity = entityIds.get(m.entity);
    if (entity === undefined) {
      entity = `e${entityIds.size + 1}`;
      entityIds.set(m.entity, entity);
    }
    return { ...m, id: `m${i + 1}`, entity };
  });
}
