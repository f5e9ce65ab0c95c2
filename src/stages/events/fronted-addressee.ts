import type { Token } from '../../core/doc.js';
import { actorCode, type ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { QUOTE_MARKS } from '../../text/quote-marks.js';
import { verbBetween } from './governed.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';
import { DETERMINERS } from './subjects.js';
import { sameSide } from './own-side.js';

// "In a letter to the U.N. Security Council, Eritrea asked the world body to …", "During a meeting with
// Egyptian President Hosni Mubarak, Jordan's King Hussein appealed for …", "Iraq, in a letter to Annan,
// asked …": a phrase set off before the main clause's verb names the message or the talk its verbal act
// is made in, and with it whom the act is addressed to. Read by roles.ts when the verb names no actor as its own direct object,
// and by noun-roles.ts for a pledge named by a noun ("confirmed Russia's readiness to …").

/** Words that open such a phrase. */
const OPENERS = new Set(['in', 'at', 'during']);
/** Messages whose "to" names their addressee ("a letter to", "a protest note to"). */
const MESSAGES = new Set(['letter', 'message', 'note', 'reply', 'appeal', 'telegram', 'cable', 'response', 'answer', 'memorandum']);
/** Statements that name an addressee only through a participle of sending ("a statement addressed to"). */
const SENT_STATEMENTS = new Set(['statement', 'declaration', 'communique']);
/** Participles of sending between a message and its "to" ("a note handed to the Chinese ambassador"). */
const SENDING = new Set(['addressed', 'sent', 'handed', 'delivered']);
/** Talks whose "with" names the partner ("a meeting with", "a telephone conversation with", "talks with"). */
const TALKS = new Set(['meeting', 'meetings', 'talks', 'call', 'conversation', 'conference', 'consultations', 'encounter']);
/** Tags of the words a message or talk noun may have before it ("a lengthy telephone", "his Brazilian"). */
const HEAD_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** How many words may stand between the preposition and the addressee's group ("the visiting", "his"). */
const LEAD_WORDS = 3;

/** The addressee or partner an opening phrase names, or nothing when the sentence opens otherwise. */
function openingAddressee(tokens: readonly Token[], phrase: Clause, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (!OPENERS.has(tokens[phrase.start]!.normal)) return undefined;
  let k = phrase.start + 1;
  while (k < phrase.end && HEAD_WORDS.has(tokens[k]!.pos)) k++;
  const head = tokens[k - 1]!.normal;
  let prep = k;
  if (SENDING.has(tokens[prep]?.normal ?? '') && (MESSAGES.has(head) || SENT_STATEMENTS.has(head))) prep++;
  const word = tokens[prep]?.normal;
  if (!((word === 'to' && (MESSAGES.has(head) || prep > k)) || (word === 'with' && TALKS.has(head)))) return undefined;
  const g = groups.find((x) => x.start > prep && x.start <= prep + LEAD_WORDS && x.end <= phrase.end && !x.agentive);
  return g && { ...g, locative: false, prep: -1 };
}

/** Does the group stand right after the verb's pattern words, over determiners and adjectives (its direct object)? */
function direct(tokens: readonly Token[], m: TriggerMatch, g: ActorGroup): boolean {
  let k = afterMatch(m);
  while (k < g.start && DETERMINERS.has(tokens[k]!.pos)) k++;
  return k === g.start;
}

/**
 * Whom a verbal act (CAMEO roots 01–14) of the clause right after a "In a letter to X," or "During a
 * meeting with X," phrase (with only verbless phrases before it) is aimed at: X, unless the verb names an actor as its direct object
 * ("In a letter to Annan, Iraq accused the United States …" stays aimed at the United States) or an
 * agent with "by" (whose act it answers).
 */
export function frontedObject(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], object: ActorGroup | undefined, after: readonly ActorGroup[], subject?: ActorGroup): ActorGroup | undefined {
  if (m.kind !== 'verb' || Number(m.code.slice(0, 2)) > LAST_VERBAL_ROOT) return undefined;
  // "In a message to X, the president stressed that Seoul remained committed to …": an act of the speaker's own side in the
  // that-clause of the statement made to X is addressed to X too; another party's ("said that China had agreed …") is not.
  const said = statementOf(tokens, clause, clauses, groups, subject);
  const phrase = openingPhrase(tokens, said ?? clause, clauses);
  if (!phrase) return undefined;
  // Only the clause's own verb: "praised his decision to withdraw troops" addresses the praise, not the withdrawal.
  // In a that-clause a verb of being may come first ("remained committed to").
  for (let k = clause.start; k < m.start; k++) if (tokens[k]!.pos === 'VERB' && !(said && STATES.has(tokens[k]!.lemma.toLowerCase()))) return undefined;
  // "praised his decision": an owner pronoun is no object of its own; it most often stands for the addressee. Any other object
  // or partner the act names comes first ("remained committed to cooperation with Germany", "would demand compensation from Chile").
  if ((object && !(direct(tokens, m, object) && tokens[object.start]!.pos === 'PRON')) || after.some((g) => g.agentive)) return undefined;
  return openingAddressee(tokens, phrase, groups);
}

/** Verbs of being or staying that may come before a pledge in a that-clause ("remained committed", "stays ready"). */
const STATES = new Set(['be', 'remain', 'stay']);

/**
 * The phrase that opens the sentence right before the clause, set off by a comma, with only verbless phrases before it
 * ("On Monday, in a letter to …", "Iraq, in a letter to …, asked": a date, the subject); undefined when the clause is not so opened.
 */
function openingPhrase(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[]): Clause | undefined {
  const at = clauses.indexOf(clause);
  const phrase = clauses[at - 1];
  if (!phrase || tokens[phrase.end]?.normal !== ',' || phrase.end + 1 !== clause.start) return undefined;
  for (let j = 0; j < at - 1; j++) if (verbBetween(tokens, clauses[j]!.start, clauses[j]!.end)) return undefined;
  return phrase;
}

/**
 * Words that may stand between a statement's verb and what it reports: "that", a comma, a colon, quote marks ("noted that,
 * “Russia is …”", "said: “…”", a reversed ” too), single opening ones with them (which break no clause: "'" is an apostrophe too).
 */
const REPORT_MARKS = new Set(['that', ',', ':', ...QUOTE_MARKS, '‘', "'"]);
/** Of them, those that make the words after a report: a bare comma after a verb does not. */
const REPORT_OPENERS = new Set(['that', ':']);

/**
 * The statement clause whose report the clause is, when the act's source is all of the stating subject's country: the clause
 * before it over "that", a colon or quote marks ("stressed that Seoul remained committed", "noted that, “Russia is firmly
 * committed …”"); undefined otherwise.
 */
function statementOf(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], subject: ActorGroup | undefined): Clause | undefined {
  if (!subject || subject.mentions.length === 0) return undefined;
  let at = clauses.indexOf(clause) - 1;
  // "noted that, “Russia …”": the lone "that" is a clause of its own, passed over.
  while (at >= 0 && clauses[at]!.end - clauses[at]!.start === 1 && tokens[clauses[at]!.start]!.normal === 'that') at--;
  const statement = clauses[at];
  if (!statement) return undefined;
  let opened = false;
  for (let k = statement.end; k < clause.start; k++) {
    if (!REPORT_MARKS.has(tokens[k]!.normal)) return undefined;
    opened ||= REPORT_OPENERS.has(tokens[k]!.normal);
  }
  if (!opened && !(clause.kind === 'sub' && tokens[clause.start]!.normal === 'that')) return undefined;
  const speaker = groups.find((g) => g.start >= statement.start && g.end <= statement.end && !g.locative && !g.agentive);
  if (!speaker || !verbBetween(tokens, speaker.end, statement.end)) return undefined;
  return ownSide(subject, speaker) ? statement : undefined;
}

/** Is every mention of the act's maker of the speaker's own side (country and sector: "Peruvian rebels" are not Peru's president's)? */
function ownSide(maker: ActorGroup, speaker: ActorGroup): boolean {
  const own = speaker.mentions.map(actorCode).filter((c) => c !== undefined);
  return maker.mentions.every((x) => own.some((c) => sameSide(actorCode(x) ?? '', c)));
}

/**
 * "During a telephone conversation with X, Putin confirmed Russia's readiness to …": a verbal act named by a noun that
 * heads the direct object of the clause's one verb ("confirmed", "expressed", "reaffirmed his willingness") after such an
 * opening phrase is addressed to its partner or addressee, as the verb's own act would be. Undefined for any other nominal,
 * another party's act ("welcomed Kiev's readiness"), when the noun's own phrase names a party, and when the partner is the act's own source.
 */
export function frontedNominalObject(tokens: readonly Token[], m: TriggerMatch, clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[], source: ActorGroup | undefined): ActorGroup | undefined {
  if (m.kind !== 'noun' || Number(m.code.slice(0, 2)) > LAST_VERBAL_ROOT) return undefined;
  const phrase = openingPhrase(tokens, clause, clauses);
  if (!phrase) return undefined;
  let verb = -1;
  for (let k = clause.start; k < m.start; k++) if (tokens[k]!.pos === 'VERB') {
    if (verb >= 0) return undefined;
    verb = k;
  }
  if (verb < 0 || !source) return undefined;
  for (let k = verb + 1; k < m.start; k++) if (!OBJECT_WORDS.has(tokens[k]!.pos)) return undefined;
  // "welcomed Kiev's readiness": only the speaker's own act is addressed to the partner ("confirmed Russia's readiness", "his readiness").
  const speaker = groups.findLast((g) => g.start >= clause.start && g.end <= verb && !g.locative && !g.agentive);
  if (!speaker || (source !== speaker && !ownSide(source, speaker))) return undefined;
  // "readiness to cooperate with Germany": a party the noun's own phrase names comes first (drafted here, or merged later from its verb's draft).
  if (groups.some((g) => g.start >= m.end && g.end <= clause.end && !g.locative && !g.agentive)) return undefined;
  const partner = openingAddressee(tokens, phrase, groups);
  return partner && !partner.mentions.some((x) => source.mentions.includes(x)) ? partner : undefined;
}

/** Tags of the words that may stand between a verb and the noun heading its object ("confirmed Russia's readiness", "his willingness"). */
const OBJECT_WORDS = new Set(['DET', 'PRON', 'ADJ', 'PROPN', 'NOUN', 'PART']);

/** The last CAMEO root of verbal acts (14 protest); force, sanctions and violence are aimed at whom they hit. */
const LAST_VERBAL_ROOT = 14;
