import type { Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { bothSidesAt } from './both-sides.js';
import { envoysFrom } from './delegation-from.js';

/** One or more actor mentions read as one side: "Trump and Putin", "Arnor, Gondor and Rohan". */
export interface ActorGroup {
  readonly mentions: readonly EntityMention[];
  /** Token range `[start, end)` of the whole group. */
  readonly start: number;
  readonly end: number;
  /** Preceded by a place preposition ("in Ukraine"): a location before it is an actor. */
  readonly locative: boolean;
  /** Token index of the preposition that makes the group a place ("in" of "in the city of Kirkuk"), or -1. */
  readonly prep: number;
  /** Preceded by "by" (the agent of a passive) . */
  readonly agentive: boolean;
  /** "both sides", "each side": the document's two main parties. */
  readonly bothSides: boolean;
  /** The side's text is the whole range, not its mentions' ("Albanians in south Serbia" acting as Serbia's people). */
  readonly wholeSpan?: boolean;
}

/** Entity types that can act or be acted on. */
const ACTOR_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'NORP', 'LOC', 'FAC']);
/** Prepositions that make a following place a location ("in", "at", "near"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'through', 'within', 'around', 'over', 'along']);
/** Words joining the members of a compound actor. */
const JOINERS = new Set(['and', ',', '&', 'nor']);

/** The actor code a mention stands for: its CAMEO actor code, else its country. */
export function actorCode(mention: EntityMention): string | undefined {
  return mention.actor ?? mention.country;
}


/**
 * The actor groups of one sentence, left to right: actor mentions (with a country or actor code)
 * joined into compounds, flagged when a place preposition or "by" stands before them, plus "both
 * sides" / "each side" phrases resolved to the document's two main parties (`dyad`).
 */
export function sentenceGroups(
  tokens: readonly Token[],
  first: number,
  end: number,
  mentions: readonly EntityMention[],
  dyad: readonly EntityMention[],
): ActorGroup[] {
  const spans: { mention: EntityMention; start: number; end: number }[] = [];
  for (const m of mentions) {
    if (!ACTOR_TYPES.has(m.type) || actorCode(m) === undefined) continue;
    const s = tokenAtOrAfter(tokens, m.start);
    let e = s;
    while (e < end && tokens[e]!.start < m.end) e++;
    if (s >= first && e <= end && e > s) spans.push({ mention: m, start: s, end: e });
  }
  for (let i = first; i + 1 < end; i++) {
    if (bothSidesAt(tokens, i) && dyad.length === 2) spans.push(...dyad.map((mention) => ({ mention, start: i, end: i + 2, both: true })));
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const opening = openingComma(tokens, first, end);
  const groups: ActorGroup[] = [];
  let current: { mentions: EntityMention[]; start: number; end: number; both: boolean } | undefined;
  for (const [n, span] of spans.entries()) {
    const isBoth = (span as { both?: boolean }).both === true;
    if (current && span.start < current.end) {
      if (isBoth && current.both) current.mentions.push(span.mention);
      continue;
    }
    // "President Kagame and his Rwandan Patriotic Front": a possessive pronoun before a name is that member's determiner.
    if (current && span.mention.rule === PRONOUN_RULE && POSSESSIVE_PRONOUNS.has(span.mention.text.toLowerCase()) && spans[n + 1]?.start === span.end) continue;
    // "Evil Mordor, the awful Fornost, and good Gondor": a member after a bare comma may have modifiers when the list goes on to a conjunction.
    const next = spans[n + 1];
    const listGoesOn = next !== undefined && next.start >= span.end && joined(tokens, span.end, next.start, false, true);
    // "Russian regional governors and Ukrainian President Leonid Kuchma": a nationality's own head nouns may stand before "and".
    const from = current ? headEnd(tokens, current.mentions[current.mentions.length - 1]!, current.end) : 0;
    const joins = current !== undefined && (joined(tokens, current.end, span.start, listGoesOn) || (from > current.end && joined(tokens, from, span.start, false, true)));
    if (current && !isBoth && !current.both && joins && sameKind(tokens, current.mentions[current.mentions.length - 1]!, span.mention, from, span.start)
      && !(current.mentions.length === 1 && bareComma(tokens, current.end, span.start) && afterPreposition(tokens, current.start, first) && !listContinues(tokens, spans, n))
      && !(current.end === opening && ((!listGoesOn && !listContinues(tokens, spans, n)) || listBeforeVerb(tokens, spans, n)))
      && !(bareComma(tokens, current.end, span.start) && opensClause(tokens, span.end, end))) {
      // "Saudi Arabia's foreign minister, Prince Faisal bin Farhan, held": a single name set off by commas is an apposition, one side.
      // The group keeps its own end, so that it stays in the clause the apposition's commas close.
      if (current.mentions.length === 1 && bareComma(tokens, current.end, span.start) && tokens[span.end]?.normal === ',' && !listContinues(tokens, spans, n)) continue;
      current.mentions.push(span.mention);
      current.end = span.end;
      continue;
    }
    // "Santos and his Venezuelan counterpart Nicolas Maduro met": a person named after a nationality's head noun is that same member,
    // who stands for it (the person's code is the nearer: "Greek prime minister George Papandreou" is GRCGOV, not GRC).
    if (current && !isBoth && !current.both && apposedPerson(tokens, current.mentions[current.mentions.length - 1]!, current.end, span)) {
      current.mentions[current.mentions.length - 1] = span.mention;
      current.end = span.end;
      continue;
    }
    if (current) groups.push(finish(tokens, current, first));
    current = { mentions: [span.mention], start: span.start, end: span.end, both: isBoth };
  }
  if (current) groups.push(finish(tokens, current, first));
  return groups;
}

/** Words that may stand before an opening subordinator ("Hours after", "Shortly before", "Days after"). */
const LEAD_INS = new Set(['hours', 'days', 'weeks', 'months', 'minutes', 'shortly', 'soon', 'just', 'moments', 'years', 'even']);

/**
 * The comma that closes an opening adverbial clause or phrase ("After Russian drones hit Kharkiv,
 * Ukraine asked …", "While touring the region, …", "Following talks in Moscow, …"), or -1: the names
 * on either side of it are no list.
 */
function openingComma(tokens: readonly Token[], first: number, end: number): number {
  const lead = LEAD_INS.has(tokens[first]?.normal ?? '') ? first + 1 : first;
  const opener = tokens[lead];
  if (!opener || !(opener.pos === 'SCONJ' || opener.pos === 'ADP' || (opener.pos === 'VERB' && opener.normal.endsWith('ing')))) return -1;
  for (let k = lead + 1; k < end; k++) if (tokens[k]!.normal === ',') return k;
  return -1;
}

/**
 * Does the list that starts with the span at `n` run up to a finite verb: the main clause's subject
 * after an opening phrase ("Following talks in Moscow, Russia and Egypt signed"), not more members
 * of the phrase's list?
 */
function listBeforeVerb(tokens: readonly Token[], spans: readonly { start: number; end: number }[], n: number): boolean {
  let last = spans[n]!;
  for (let j = n + 1; j < spans.length; j++) {
    const next = spans[j]!;
    if (next.start < last.end) continue;
    if (!bareComma(tokens, last.end, next.start) && !joined(tokens, last.end, next.start, false, true)) break;
    last = next;
  }
  let k = last.end;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}

/** How many nouns may stand between a name and its verb in a clause it opens ("Polish state television reported"). */
const MAX_SUBJECT_NOUNS = 3;

/**
 * Does the name ending at `k`, after a bare comma, open a clause of its own: its head nouns, then a
 * verb ("… and his Moldovan counterpart, Romanian radio reported", "…, Russia said")? It is the
 * next clause's subject, no further member of the list before the comma.
 */
function opensClause(tokens: readonly Token[], k: number, end: number): boolean {
  const from = k;
  while (k < end && k - from < MAX_SUBJECT_NOUNS && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN')) k++;
  return k < end && tokens[k]!.pos === 'VERB';
}

/** Is the only word in `[from, to)` a comma? */
function bareComma(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from]!.normal === ',';
}

/** Does a preposition or subordinator stand before `start`, over determiners and adjectives ("from Brussels", "with China", "in the Cairo")? */
function afterPreposition(tokens: readonly Token[], start: number, first: number): boolean {
  let k = start - 1;
  while (k >= first && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ')) k--;
  return k >= first && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'SCONJ');
}

/**
 * Does a list go on after the span at `n`, over a comma or a conjunction ("to Iran, Libya, North
 * Korea, Sudan")? A prepositional object, a comma and one more name that ends the run is no list:
 * "Bowing to pressure from Brussels, Poland eased", "arrived in Cairo, Israel declared".
 */
function listContinues(tokens: readonly Token[], spans: readonly { start: number; end: number }[], n: number): boolean {
  const [a, b] = [spans[n]!, spans[n + 1]];
  return b !== undefined && b.start >= a.end && (bareComma(tokens, a.end, b.start) || joined(tokens, a.end, b.start, false, true));
}

/** Entity types of places. */
const PLACES = new Set(['GPE', 'LOC', 'FAC']);
/** Possessive pronouns, which determine a noun rather than name a side. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
/** Rule of the entities stage for resolved pronouns. */
export const PRONOUN_RULE = 'entities/en/coref-pronoun';

/**
 * Can two mentions separated only by a comma be members of one list? Not a place and a person ("in
 * Minsk, Vladimir Putin attended"), nor anything and a resolved pronoun ("helping Ukraine, he
 * instructed"): those start a new phrase. Joined by "and", any two may be, but a pronoun after ", and" starts
 * a clause ("…, and he had told him").
 */
function sameKind(tokens: readonly Token[], a: EntityMention, b: EntityMention, from: number, to: number): boolean {
  // "with the Belarusian President, and he said": a pronoun after a comma and "and" opens a clause of its own.
  if (b.rule === PRONOUN_RULE && tokens[from]?.normal === ',') return false;
  // "Mr Macron's visit to Russia and his participation in the forum": a possessive pronoun opens another noun phrase.
  if (b.rule === PRONOUN_RULE && POSSESSIVE_PRONOUNS.has(b.text.toLowerCase())) return false;
  for (let i = from; i < to; i++) if (tokens[i]!.normal !== ',') return true;
  if (b.rule === PRONOUN_RULE || a.rule === PRONOUN_RULE) return false;
  return PLACES.has(a.type) === PLACES.has(b.type) || (a.type !== 'PERSON' && b.type !== 'PERSON');
}

/** How many head words may follow a nationality before a conjunction ("Russian regional governors and"). */
const MAX_HEAD = 3;

/** Where the head nouns after a nationality end, right before "and" ("Russian regional governors and …"); `end` when there are none. */
function headEnd(tokens: readonly Token[], last: EntityMention, end: number): number {
  if (last.type !== 'NORP') return end;
  let k = end;
  while (k < end + MAX_HEAD && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ')) k++;
  return k > end && tokens[k - 1]!.pos === 'NOUN' && tokens[k]?.normal === 'and' ? k : end;
}

/** Is the span a person's name right after the head nouns of a nationality ending at `end` ("Venezuelan counterpart Nicolas Maduro")? */
function apposedPerson(tokens: readonly Token[], last: EntityMention, end: number, span: { mention: EntityMention; start: number }): boolean {
  if (last.type !== 'NORP' || span.mention.type !== 'PERSON' || span.start <= end || span.start > end + MAX_HEAD) return false;
  for (let k = end; k < span.start; k++) if (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'ADJ') return false;
  return tokens[span.start - 1]!.pos === 'NOUN';
}

/** How many words may stand between two members of a compound ("Fornost and the evil awful Gondor"). */
const MAX_JOIN = 5;

/**
 * Are tokens `[from, to)` joiners ("and", ",", "as well as", "nor"), then at most determiners and
 * adjectives of the next member ("and the United States", ", the awful Fornost")? `listGoesOn`: a
 * conjunction joins the next member to a further one; `needConjunction`: only a conjunction joins.
 */
function joined(tokens: readonly Token[], from: number, to: number, listGoesOn = false, needConjunction = false): boolean {
  if (to - from < 1 || to - from > MAX_JOIN) return false;
  let i = from;
  let conjunction = false;
  for (; i < to && (JOINERS.has(tokens[i]!.normal) || tokens[i]!.normal === 'as' || tokens[i]!.normal === 'well'); i++) if (tokens[i]!.normal !== ',') conjunction = true;
  if (i === from || (needConjunction && !conjunction)) return false;
  // After a bare comma, ", the World Food Program" is an apposition or the next clause's subject, not a further member, unless a conjunction follows it.
  if (i < to && !conjunction && !listGoesOn) return false;
  for (; i < to; i++) if (tokens[i]!.pos !== 'DET' && tokens[i]!.pos !== 'ADJ' && !POSSESSIVE_PRONOUNS.has(tokens[i]!.normal)) return false;
  return true;
}

/** Nouns of a kind of place whose name follows after "of" ("the city of Kirkuk", "the province of Herat"). */
const PLACE_NOUNS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'capital', 'port', 'enclave', 'state', 'republic', 'island', 'area']);

/** Nouns of a country's edge that make its people's adjective a place ("the Armenian border", "the Finnish coast"). */
const FRONTIERS = new Set(['border', 'frontier', 'coast', 'waters', 'airspace', 'territory', 'side']);

/** Closes a group: looks at the word before it for a place preposition or "by" (over a determiner or adjective); "in U.S.-led talks" is no place. */
function finish(tokens: readonly Token[], g: { mentions: EntityMention[]; start: number; end: number; both: boolean }, first: number): ActorGroup {
  const start = headedStart(tokens, g.start, first);
  let k = modifiersBefore(tokens, start - 1, first);
  // "in the capital Kabul", "in the town Hebron": a place noun in apposition before the name.
  if (k >= first && PLACE_NOUNS.has(tokens[k]!.normal) && tokens[k]!.pos === 'NOUN') k = modifiersBefore(tokens, k - 1, first);
  // "in the northern city of Kirkuk", "in the capital city of Algiers", "in the West Bank city of Hebron": the place noun's preposition is the name's.
  if (k - 1 >= first && tokens[k]!.normal === 'of' && PLACE_NOUNS.has(tokens[k - 1]!.normal)) {
    k -= 2;
    while (k >= first && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || PLACE_NOUNS.has(tokens[k]!.normal))) k--;
    k = modifiersBefore(tokens, k, first);
  }
  const before = k >= first ? tokens[k]!.normal : '';
  // "near the Armenian border", "off the Finnish coast": a people's adjective before a frontier noun names a place of that country.
  const place = g.mentions.every((m) => m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC')
    || (g.mentions.every((m) => m.type === 'NORP') && FRONTIERS.has(tokens[g.end]?.normal ?? ''));
  const modifier = tokens[g.end]?.normal === '-';
  // "a delegation from South Korea": envoys' "from" names whom they act for, no place.
  const locative = place && !modifier && LOCATIVE.has(before) && !envoysFrom(tokens, k);
  return { mentions: g.mentions, start, end: g.end, locative, prep: locative ? k : -1, agentive: before === 'by', bothSides: g.both };
}

/** How many name words may stand between a place preposition and a place ("in West Darfur State", "in the West Bank city of"). */
const MAX_NAME_WORDS = 2;

/**
 * The index before the determiners, possessive pronouns, adjectives, numbers and (at most two) name
 * words that end at `k`: "by his Libyan counterpart Moammar Gadhafi" is an agent as "by the Libyan leader" is.
 */
function modifiersBefore(tokens: readonly Token[], k: number, first: number): number {
  let names = 0;
  while (k >= first && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(tokens[k]!.normal)
    || (tokens[k]!.pos === 'PROPN' && ++names <= MAX_NAME_WORDS))) k--;
  return k;
}

/** Nouns of those who act for a country: "the president of Armenia", "the leaders of Russia and France" are Armenia, Russia and France acting. */
const HEADS = new Set(['president', 'presidents', 'minister', 'ministers', 'government', 'governments', 'leader', 'leaders', 'head', 'heads', 'king', 'queen',
  'ambassador', 'ambassadors', 'delegation', 'delegations', 'representative', 'representatives', 'authorities', 'army', 'forces', 'troops', 'parliament',
  'parliaments', 'people', 'peoples', 'officials', 'chancellor', 'premier', 'emir', 'prince', 'chairman', 'secretary']);

/**
 * Where a group really starts: over "HEAD of" before it ("the Prime Minister of Japan"), so that it
 * stands where its head does as subject, object or complement. Only determiners, adjectives and title
 * words may precede the head noun.
 */
function headedStart(tokens: readonly Token[], start: number, first: number): number {
  if (start - 2 < first || tokens[start - 1]!.normal !== 'of' || !HEADS.has(tokens[start - 2]!.normal)) return start;
  let k = start - 2;
  while (k - 1 >= first && k > start - 5 && (tokens[k - 1]!.pos === 'DET' || tokens[k - 1]!.pos === 'ADJ' || ((tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'NOUN') && /^(prime|foreign|defence|defense|deputy|vice|general)$/.test(tokens[k - 1]!.normal)))) k--;
  return k;
}
