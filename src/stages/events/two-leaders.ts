import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { PRONOUN_RULE, type ActorGroup } from './actors.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { LEADER_NOUNS } from './coreference.js';
import { firstFrom, mentionCountry } from './mention-index.js';
import { atBody, titlePair, titlePartner, type TitleContext } from './title-actors.js';

// "Putin met Turkish President Erdogan in Sochi. The two presidents agreed …", "Moi received Museveni …,
// and the two leaders held talks": "the two leaders" are the two people of two countries the text has
// just named, no article-wide pair. Read narrowly: only people, only the same sentence before the phrase
// or the one before it, and only when exactly two countries' people are named there (a wider reading
// paired people of unrelated sentences).

/** Words of office that may stand before the plural ("prime", "foreign"). */
const OFFICE_WORDS = new Set(['prime', 'foreign', 'defence', 'defense']);

/** "The parties discussed …", "the sides agreed …": the plural nouns of the parties to a talk, with no "two". */
const SIDE_NOUNS = new Set(['sides', 'parties']);
/** Plurals that say no number, read as a pair only as a subject and in a text of two countries' people ("The presidents discussed …"). */
const NUMBERLESS: ReadonlySet<string> = new Set([...SIDE_NOUNS, ...LEADER_NOUNS]);
/** Parts of speech of the word after "the parties" when it is a subject ("The parties discussed", "the sides would create", "The parties also agreed"). */
const SUBJECT_NEXT = new Set(['VERB', 'AUX', 'ADV']);

/**
 * The token after "the two …" of office starting at `i` ("the"), or -1. Also after "the sides" or "the parties" as a
 * subject: the partners of the talk just reported ("Putin had talks with Kuchma. The parties discussed …"); not "the
 * parties to the conflict", "the parties concerned", whose next word is no verb.
 */
function leadersEnd(tokens: readonly Token[], i: number, end: number): number {
  if (tokens[i]!.normal !== 'the') return -1;
  if (NUMBERLESS.has(tokens[i + 1]?.normal ?? '') && SUBJECT_NEXT.has(tokens[i + 2]?.pos ?? '')) return i + 2;
  if (tokens[i + 1]?.normal !== 'two') return -1;
  let k = i + 2;
  if (OFFICE_WORDS.has(tokens[k]?.normal ?? '')) k++;
  if (tokens[k]?.normal === 'heads' && tokens[k + 1]?.normal === 'of' && tokens[k + 2]?.normal === 'state' && k + 3 <= end) return k + 3;
  return k < end && LEADER_NOUNS.has(tokens[k]!.normal) ? k + 1 : -1;
}

/** The first person of each country between two offsets, when the people there are of exactly two countries. */
function twoPeople(all: readonly EntityMention[], from: number, to: number): EntityMention[] | undefined {
  const byCountry = new Map<string, EntityMention>();
  for (let n = firstFrom(all, from); n < all.length && all[n]!.start < to; n++) {
    const m = all[n]!;
    const c = mentionCountry(m);
    if (m.type === 'PERSON' && c && !byCountry.has(c)) byCountry.set(c, m);
  }
  return byCountry.size === 2 ? [...byCountry.values()] : undefined;
}

/** How many mentions from the start of the text are looked through for its protagonist. */
const PROTAGONIST_REACH = 12;

/**
 * "During a meeting with Kazakh President Nazarbayev, the two leaders discussed …": when the sentence names before the phrase
 * only people of one country, the first of them after "with", the two are that partner and the text's protagonist, the first
 * person it names of another country before this sentence (the lead's "President Putin met Ukrainian President Kuchma" has
 * Putin first, not Kuchma, whom the sentence before names last). Nothing when no such person opens the text.
 */
function partnerAndProtagonist(tokens: readonly Token[], all: readonly EntityMention[], sentence: Sentence, at: number): EntityMention[] | undefined {
  let partner: EntityMention | undefined;
  for (let n = firstFrom(all, sentence.start); n < all.length && all[n]!.start < at; n++) {
    const m = all[n]!;
    const c = m.type === 'PERSON' ? mentionCountry(m) : '';
    if (c && !partner) partner = m;
    else if (c && c !== mentionCountry(partner!)) return undefined;
  }
  const country = partner ? mentionCountry(partner) : '';
  if (!country || !afterWith(tokens, partner!.start, sentence.firstToken)) return undefined;
  for (let n = 0; n < Math.min(all.length, PROTAGONIST_REACH) && all[n]!.start < sentence.start; n++) {
    const m = all[n]!;
    const c = m.type === 'PERSON' ? mentionCountry(m) : '';
    if (c && c !== country) return [m, partner!];
  }
  return undefined;
}

/** Does the word before the mention at `offset` (over an article or owner word) say "with"? */
function afterWith(tokens: readonly Token[], offset: number, firstToken: number): boolean {
  let k = tokenAtOrAfter(tokens, offset) - 1;
  if (k >= firstToken && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'PRON')) k--;
  return k >= firstToken && tokens[k]!.normal === 'with';
}

/** How many sentences back "the two leaders" may find its pair over sentences that name people by pronouns only. */
const PAIR_REACH = 3;

/**
 * The pair of the sentence before, or of an earlier one when those between name people by pronouns only ("Putin and
 * Niinistö exchanged greetings. They praised … . The two leaders also confirmed …": "They" continues the pair).
 */
function earlierPair(doc: Doc, all: readonly EntityMention[], index: number, at: number): EntityMention[] | undefined {
  const sentences = doc.layers.sentences ?? [];
  for (let s = index - 1; s >= Math.max(0, index - PAIR_REACH); s--) {
    const pair = twoPeople(all, sentences[s]!.start, at);
    if (pair || namesPerson(all, sentences[s]!)) return pair;
  }
  return undefined;
}

/** Does a sentence name a person otherwise than by a pronoun? */
function namesPerson(all: readonly EntityMention[], sentence: Sentence): boolean {
  for (let n = firstFrom(all, sentence.start); n < all.length && all[n]!.start < sentence.end; n++) {
    if (all[n]!.type === 'PERSON' && all[n]!.rule !== PRONOUN_RULE) return true;
  }
  return false;
}

/** Verbs of hosting a guest ("Moi received Museveni …, and the two leaders held talks"). */
const HOSTING = /\b(received|hosted|welcomed|greeted)\b/;

/**
 * The pair with the guest first when the first person hosted the second ("Kenyan President Moi received Ugandan
 * President Museveni at State House, and the two leaders held talks"): the PLOVER manual codes a visit's meetings
 * from the visitor, the host as recipient, as hosting.ts does for the hosting verb itself.
 */
function guestFirst(text: string, pair: EntityMention[]): EntityMention[] {
  const [host, guest] = pair as [EntityMention, EntityMention];
  return HOSTING.test(text.slice(host.end, guest.start)) ? [guest, host] : pair;
}

/**
 * The "the two leaders" phrase of a sentence as a group of both sides, or nothing: the two people named
 * before it in the sentence, else in the sentence and the one before it.
 */
export function twoLeaders(doc: Doc, tokens: readonly Token[], sentence: Sentence, title: TitleContext): ActorGroup | undefined {
  for (let i = sentence.firstToken; i + 2 < sentence.endToken; i++) {
    const end = leadersEnd(tokens, i, sentence.endToken);
    if (end < 0) continue;
    const all = doc.layers.entities ?? [];
    const at = tokens[i]!.start;
    const named = twoPeople(all, sentence.start, at) ?? partnerAndProtagonist(tokens, all, sentence, at) ?? earlierPair(doc, all, sentence.index, at);
    // "The parties" says no number: only the two of a text whose people are all of those two countries (not a summit of five).
    if (named && NUMBERLESS.has(tokens[i + 1]!.normal) && !twoPeople(all, 0, at)) continue;
    // Last, the headline's two ("Putin met with … Rushailo and … Kravchenko" over a body of "The parties discussed …").
    const pair = named ?? fromTitle(doc, title, all, at, tokens[end - 1]!.end);
    return pair && { mentions: guestFirst(doc.text, pair), start: i, end, locative: false, prep: -1, agentive: false, bothSides: true };
  }
  return undefined;
}

/**
 * The title's pair as mentions at the phrase ("The parties", "the two presidents"), when the body names no pair of its
 * own: only when the title's people are of exactly two countries and every person the body names before the phrase is
 * of one of them (a body that brings in a third country speaks of others).
 */
function fromTitle(doc: Doc, title: TitleContext, all: readonly EntityMention[], at: number, end: number): EntityMention[] | undefined {
  const people = bodyPeople(all, at);
  const pair = titlePair(title);
  if (pair) return [...people.keys()].every((c) => pair.some((m) => mentionCountry(m) === c)) ? pair.map((m) => atBody(m, all, at, end, doc.text)) : undefined;
  // "Putin … The two presidents discussed …" under "Telephone conversation with President of France Emmanuel Macron": the body's
  // one country's first person and the title's partner of another country.
  const [own, first] = people.size === 1 ? [...people][0]! : [];
  const partner = own && titlePartner(title, own);
  return partner ? [first!, atBody(partner, all, at, end, doc.text)] : undefined;
}

/** The first person (by name or description) of each country the body names before an offset. */
function bodyPeople(all: readonly EntityMention[], at: number): Map<string, EntityMention> {
  const byCountry = new Map<string, EntityMention>();
  for (let n = 0; n < all.length && all[n]!.start < at; n++) {
    const c = all[n]!.type === 'PERSON' && all[n]!.rule !== PRONOUN_RULE ? mentionCountry(all[n]!) : '';
    if (c && !byCountry.has(c)) byCountry.set(c, all[n]!);
  }
  return byCountry;
}

/** CAMEO roots of what two leaders do together: agree (03), consult (04), cooperate (05, 06). */
const JOINT_ROOTS = new Set(['03', '04', '05', '06']);

/**
 * May an event with these sides and this CAMEO code stand? Not when a side is "the two leaders" and the
 * act is none they do together: "the two presidents will exchange views on … efforts to fight terrorism"
 * fights nobody of the two.
 */
export function jointAct(tokens: readonly Token[], leaders: ActorGroup | undefined, cameo: string, sides: readonly ({ start?: number } | undefined)[]): boolean {
  if (!leaders || JOINT_ROOTS.has(cameo.slice(0, 2))) return true;
  const at = tokens[leaders.start]!.start;
  return !sides.some((s) => s?.start === at);
}
