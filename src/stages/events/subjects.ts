import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { Clause } from './clauses.js';
import { SECTOR_PEOPLE } from './sector-people.js';
import { WEEKDAY_NAMES } from './time-phrase.js';

// Who is the subject of a clause when no actor stands right before its verb: a place whose people
// act, the subject handed on from an earlier clause, or nobody (a subject of the clause's own, a
// force of nature, a passive's pronoun). Read by roles.ts.

/** Subjects that are no actor: forces of nature, fire, accidents. */
const NATURAL_CAUSES = new Set(['earthquake', 'quake', 'tremor', 'aftershock', 'fire', 'blaze', 'wildfire', 'flood', 'storm', 'hurricane', 'typhoon', 'tornado', 'cyclone',
  'tsunami', 'landslide', 'mudslide', 'avalanche', 'drought', 'disease', 'epidemic', 'virus', 'accident', 'crash', 'ricochet', 'lightning', 'heatwave', 'eruption']);

/** Does a natural cause stand before the verb in its clause ("A powerful quake with a magnitude of 6.1 struck")? Called only when no actor is the subject. */
export function naturalCause(tokens: readonly Token[], from: number, verb: number): boolean {
  for (let k = verb - 1; k >= from; k--) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && (NATURAL_CAUSES.has(t.lemma.toLowerCase()) || NATURAL_CAUSES.has(t.normal))) return true;
  }
  return false;
}

/**
 * Does the "by" of an agentive group follow a common noun (over determiners)? Not a bare noun right
 * after a verb's "with", "of" or scene preposition: "was charged with embezzlement by Peru's prosecutor"
 * names the charge's agent, "was welcomed at Tripoli airport by …" the welcome's.
 */
export function byAfterNoun(tokens: readonly Token[], g: ActorGroup): boolean {
  let k = g.start - 1;
  while (k > 0 && tokens[k]!.normal !== 'by') k--;
  if (tokens[k - 1]?.pos !== 'NOUN') return false;
  // "was charged with looting gold and timber by a U.N. panel": the phrase after the verb's "with" or "of" is the charge, not the agent's owner.
  // "was accused of misusing up to US $50 million in public funds by …": a charge may hold phrases of its own; then only the verb's own "with" or "of" opens it.
  let inner = false;
  for (let j = k - 1, n = 0; j > 0 && n < (inner ? CHARGE_PHRASE_REACH : CHARGE_REACH); j--, n++) {
    const t = tokens[j]!;
    // "was welcomed at Tripoli airport by his Libyan counterpart", "were killed in an ambush by FARC guerrillas": nor the scene or occasion right after the verb.
    if ((t.normal === 'with' || t.normal === 'of' || (!inner && SCENE_PREPS.has(t.normal))) && tokens[j - 1]?.pos === 'VERB') return false;
    if ((t.pos === 'ADP' || t.pos === 'SYM' || (t.pos === 'PART' && t.normal === 'to')) && t.normal !== 'by') {
      inner = true;
      continue;
    }
    if (!CHARGE_WORDS.has(t.pos) && !(t.pos === 'VERB' && t.normal.endsWith('ing'))) return true;
  }
  return true;
}

/** Prepositions of the scene or occasion of a passive, right after its verb ("welcomed at the airport by", "killed in an ambush by"). */
const SCENE_PREPS = new Set(['at', 'in', 'during', 'near', 'outside', 'along']);
/** Words of the phrase a verb's "with" or "of" names: "with embezzlement", "with stealing public funds", "of looting gold and timber". */
const CHARGE_WORDS = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PROPN']);
/** How long that phrase may be; and with phrases of its own inside ("of misusing up to US $50 million in public funds"). */
const CHARGE_REACH = 6;
const CHARGE_PHRASE_REACH = 12;

/** Is there a pronoun in `[from, to)`? */
export function pronounBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'PRON') return true;
  return false;
}

/** Third-person verbs of intent that the tagger often reads as plural nouns ("plans", "vows"). */
const INTENT_VERBS = new Set(['plans', 'vows', 'pledges', 'hopes', 'aims', 'intends', 'threatens', 'seeks', 'wants', 'promises', 'offers', 'agrees', 'refuses']);

/** Pronouns of the speaker and the addressed: a subject of their own ("we have to take more", "I agree"). */
const SPEAKER_PRONOUNS = new Set(['i', 'we', 'us', 'you', 'this', 'that']);

/**
 * Does the clause name a subject of its own before the verb, one that is no actor ("…, a senior
 * official said on Saturday", "…, and crowds trashed its embassy")? Then the verb's source is
 * unknown, not the earlier clause's subject. Objects of prepositions do not count, nor third-person
 * pronouns: "Nigeria announced that it will withdraw" most often means the earlier subject; "I",
 * "we", "you" are the speakers of a transcript, not the sentence's earlier actor.
 */
export function ownSubject(tokens: readonly Token[], clause: Clause, verb: number): boolean {
  // In a relative clause the pronoun itself is no subject of its own, but a word after it is: "the area that we are now discussing".
  // After "whose" the nouns are the antecedent's own: "Azerbaijan and Armenia, whose leaders met" is their meeting.
  let from = clause.kind === 'relative' ? clause.start + 1 : clause.start;
  if (clause.kind === 'relative' && tokens[clause.start]!.normal === 'whose') while (from < verb && (DETERMINERS.has(tokens[from]!.pos) || tokens[from]!.pos === 'NOUN')) from++;
  for (let k = from; k < verb; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && !(t.pos === 'PRON' && SPEAKER_PRONOUNS.has(t.normal))) continue;
    // "Greece … plans to impose": a verb of intent the tagger read as a plural noun, before its infinitive.
    if (INTENT_VERBS.has(t.normal) && tokens[k + 1]?.normal === 'to' && tokens[k + 2]?.pos === 'VERB') continue;
    let j = k - 1;
    while (j >= clause.start && (DETERMINERS.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN')) j--;
    if (j < clause.start || tokens[j]!.pos !== 'ADP') return true;
  }
  return false;
}

/** Nouns of people who act as a body: "security forces in Guinea", "opposition groups in Zimbabwe", "demonstrators in Baghdad" (the people of a sector, SECTOR_PEOPLE, with the rest). */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(['force', 'forces', 'troops', 'police', 'authorities', 'official', 'officials', 'government', 'rebels', 'militants', 'group', 'groups',
  'people', 'soldiers', 'army', 'militia', 'militias', 'leaders', 'opposition', ...SECTOR_PEOPLE,
  'guerrillas', 'insurgents', 'separatists', 'activists', 'fighters', 'units', 'parties',
  'extremists', 'fundamentalists', 'nationalists', 'gunmen', 'miners', 'supporters',
  'prosecutors', 'investigators', 'lawmakers', 'legislators', 'judges', 'officers', 'diplomats', 'ministers', 'truckers',
  'junta', 'regime', 'administration', 'cabinet', 'parliament', 'court', 'courts', 'navy', 'navies',
  'ministry', 'ministries', 'spokesman', 'spokeswoman', 'spokesperson', 'presidency']);
/** Prepositions of a place that names whose people an agent noun's members are ("students throughout Indonesia", "settlers in the West Bank"). */
export const PLACED_PREPS: ReadonlySet<string> = new Set(['in', 'throughout', 'across']);

/** What may stand between a subject and its verb: auxiliaries, adverbs, "not" ("have long supported", "will not allow"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/** The last token of the subject before the verb starting at `verb`, over what may stand between them; below `from` when none is left. */
export function subjectEnd(tokens: readonly Token[], verb: number, from: number): number {
  let k = verb - 1;
  while (k >= from && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.pos)) k--;
  return k;
}
/** Days that may stand between a verb and its object ("rejected Thursday a United Nations appeal"). */
export const DAYS = new Set(['today', 'yesterday', 'tonight', ...WEEKDAY_NAMES]);
/** Time phrases that may stand there too ("Rebels in the Ivory Coast on Wednesday dismissed …"). */
const TIME_WORDS = new Set(['on', 'again', 'also', ...DAYS]);

/**
 * The subject "AGENT in PLACE" right before the verb, when no actor stands elsewhere before it: the
 * place names whose people act ("Security forces in Guinea have tortured …" is Guinea's act).
 */
export function placedAgents(tokens: readonly Token[], inClause: readonly ActorGroup[], verb: number, from: number): ActorGroup | undefined {
  const place = [...inClause].reverse().find((g) => g.end <= verb && g.locative);
  if (!place) return undefined;
  for (let k = place.end; k < verb; k++) if (!BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.pos) && !TIME_WORDS.has(tokens[k]!.normal)) return undefined;
  const k = place.prep;
  if (!PLACED_PREPS.has(tokens[k]?.normal ?? '') || k - 1 < from) return undefined;
  // "A newspaper based in Christian east Beirut has violated …": whatever is based in a place acts for it.
  if (!AGENT_NOUNS.has(tokens[k - 1]!.normal) && tokens[k - 1]!.normal !== 'based') return undefined;
  // The side's text is the whole phrase: "Seven opposition parties in Nepal".
  let start = k - 1;
  while (start - 1 >= from && ['ADJ', 'NUM', 'NOUN', 'PROPN'].includes(tokens[start - 1]!.pos)) start--;
  return { ...place, start, wholeSpan: true };
}

/** The agent "by AGENT in PLACE" of a passive right after its verb: "was abducted by security forces in Nairobi" is Kenya's act. */
export function placedByAgent(tokens: readonly Token[], after: readonly ActorGroup[], verbEnd: number): ActorGroup | undefined {
  const by = tokens[verbEnd]?.normal === 'by' ? verbEnd : undefined;
  const place = by === undefined ? undefined : after.find((g) => g.locative && g.prep > by + 1 && g.prep <= by + 4);
  if (!place || !PLACED_PREPS.has(tokens[place.prep]!.normal) || !AGENT_NOUNS.has(tokens[place.prep - 1]!.normal)) return undefined;
  // "by Kurdish militants in northern Iraq": a people's name the KB gives no country may stand among the agent's modifiers.
  for (let k = by! + 1; k < place.prep; k++) if (!['ADJ', 'NOUN', 'DET', 'NUM', 'PROPN'].includes(tokens[k]!.pos)) return undefined;
  return { ...place, start: by! + 1, locative: false, wholeSpan: true };
}

/** Words that may stand between a governing word and the actor it governs ("met the Ukrainian President", "urged both sides"). */
export const DETERMINERS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** Tags of the words of a noun phrase after its first: nouns, names and adjectives ("Albanian rebels", "Saudi Arabia's Yemeni allies"). */
export const PHRASE_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** The subject a clause without one takes: a relative pronoun's antecedent, else the subject of the nearest earlier non-relative clause. */
export function inheritedSubject(tokens: readonly Token[], clause: Clause, clauses: readonly Clause[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  const index = clauses.indexOf(clause);
  // "students who blame the government blocked roads": a main clause resumed after a relative clause has its antecedent as subject.
  const relative = clause.kind === 'resumed' ? clauses[index - 1] : clause.kind === 'relative' ? clause : undefined;
  // "Kharkiv, where Russian missiles hit a school": the antecedent of "where" is a place, never the subject.
  if (relative && tokens[relative.start]!.normal === 'where') return undefined;
  if (relative) {
    const antecedent = [...groups].reverse().find((g) => g.end <= relative.start && g.end >= relative.start - 2);
    return antecedent && !antecedent.locative ? antecedent : undefined;
  }
  const gerund = (k: number): boolean => tokens[k]?.pos === 'VERB' && tokens[k]!.normal.endsWith('ing');
  if (index === 0 && (gerund(clause.start) || (tokens[clause.start]!.pos === 'SCONJ' && gerund(clause.start + 1)))) {
    // "Opening bilateral talks with the Ukrainian President, Vladimir Putin underlined …", "While visiting Ankara, the minister
    // turned down …": an opening participle's subject follows it.
    const next = clauses[1];
    if (next) return groups.find((g) => g.start >= next.start && g.start <= next.start + 3 && !g.locative && !g.agentive);
  }
  for (let c = index - 1; c >= 0; c--) {
    const prev = clauses[c]!;
    if (prev.kind === 'relative') continue;
    let verb = prev.start;
    while (verb < prev.end && tokens[verb]!.pos !== 'VERB') verb++;
    // A clause with no verb is an apposition or a list ("the new transport link between Russia and Crimea"): it has no subject
    // to pass on, unless it opens the sentence ("Pakistan, a key U.S. ally, has refused"): then the actor it starts with is the subject.
    if (verb === prev.end) {
      // "The Gibe was 150 miles (277km) from Aden when …": a clause with an auxiliary is a copular clause, not an apposition.
      // "Protesters in Belgrade, angered by the arrest of an opposition leader, clashed": so are an agent noun's people in a place.
      if (c === 0) {
        if (hasAux(tokens, prev)) return undefined;
        const inFirst = groups.filter((g) => g.start >= prev.start && g.end <= prev.end);
        return inFirst.find((g) => !g.locative && !g.agentive) ?? placedAgents(tokens, inFirst, prev.end, prev.start);
      }
      continue;
    }
    // "Ukraine said Russia had fired 40 missiles at Kyiv, killing 12": a participle's act is that of the clause's last act, reported or not.
    const reported = clause.kind === 'participle' ? reportedSubject(tokens, prev, verb, groups) : undefined;
    const subject = reported ?? groups.find((g) => g.start >= prev.start && g.end <= verb && !g.locative && !g.agentive);
    if (subject) return subject;
    // "the President visited …, and met with workers": its subject is no actor, so the source is unknown.
    if (ownSubject(tokens, prev, verb)) return undefined;
  }
  return undefined;
}

/** Verbs of saying, after which a clause without "that" may report another subject's act. */
const SAYING = new Set(['say', 'tell', 'report', 'claim', 'allege', 'announce', 'confirm', 'state', 'add', 'accuse']);

/**
 * The subject of the act a clause reports after its verb of saying ("Ukraine said Russia had fired
 * …": Russia), when one stands between that verb and the next verb.
 */
function reportedSubject(tokens: readonly Token[], clause: Clause, verb: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (!SAYING.has(tokens[verb]!.lemma.toLowerCase())) return undefined;
  let next = verb + 1;
  while (next < clause.end && tokens[next]!.pos !== 'VERB') next++;
  if (next === clause.end) return undefined;
  return groups.find((g) => g.start > verb && g.end <= next && !g.locative && !g.agentive && tokens[g.start - 1]?.pos !== 'ADP');
}

/** Participles that with "to" after them are adjectives of the subject's stance ("is opposed to", "is committed to"). */
const STANCE_PARTICIPLES = new Set(['opposed', 'committed', 'dedicated', 'devoted', 'determined', 'prepared', 'resigned', 'inclined', 'disposed']);

/** Does the clause hold an auxiliary ("was", "is", "will")? */
function hasAux(tokens: readonly Token[], clause: Clause): boolean {
  for (let k = clause.start; k < clause.end; k++) if (tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Irregular past participles that the endings below miss ("Kyiv was struck by Russian missiles", "Talks were held by the two ministers"). */
const IRREGULAR_PARTICIPLES = new Set(['struck', 'sunk', 'stuck', 'hung', 'dug', 'spun', 'flung', 'swung', 'stung', 'won', 'overrun', 'begun', 'slain', 'lain',
  'held', 'made', 'led', 'paid', 'sold', 'told', 'found', 'laid', 'met', 'fled', 'shed', 'spread']);

/** Does the word have the form of a past participle ("attacked", "taken", "shown", "done", "hit", "struck")? */
function pastParticipleForm(verb: Token): boolean {
  return /(ed|en|wn|ne|t)$/.test(verb.normal) || IRREGULAR_PARTICIPLES.has(verb.normal);
}

/** Is the verb at `i` a passive participle ("was attacked", "were abducted", "had been seized")? */
export function isPassive(tokens: readonly Token[], i: number, from: number): boolean {
  const verb = tokens[i]!;
  if (!pastParticipleForm(verb)) return false;
  // "Israel is opposed to French mediation": a state of the subject, whose stance it is, not a passive.
  if (STANCE_PARTICIPLES.has(verb.normal) && tokens[i + 1]?.normal === 'to') return false;
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.pos === 'ADV' || t.normal === 'not') continue;
    return t.lemma === 'be' || ['was', 'were', 'been', 'being', 'is', 'are', 'be', 'got', 'get'].includes(t.normal);
  }
  return false;
}

/** Prepositions and marks that may follow a reduced relative's participle ("jailed for", "killed in", "detained on Monday"). */
const AFTER_REDUCED = new Set(['ADP', 'SCONJ', 'PUNCT']);

/**
 * Is the verb at `i` a past participle in a reduced relative after an object ("released a French
 * researcher jailed for spying", "freed civilians held in the camp")? Then it is passive: the noun
 * before it is its patient, not its agent. Only after a common noun, when a verb stands earlier in
 * the clause, and with no object of its own after it.
 */
export function reducedRelative(tokens: readonly Token[], i: number, from: number): boolean {
  const verb = tokens[i]!;
  if (verb.pos !== 'VERB' || !/(ed|en|wn|ne|ld|t)$/.test(verb.normal) || verb.normal === verb.lemma.toLowerCase()) return false;
  if (tokens[i - 1]?.pos !== 'NOUN' || !AFTER_REDUCED.has(tokens[i + 1]?.pos ?? 'PUNCT')) return false;
  for (let k = i - 2; k >= from; k--) if (tokens[k]!.pos === 'VERB') return true;
  return false;
}

/**
 * Is the verb at `i` a past participle opening a clause after a comma, with its "by" agent right
 * after it ("Sudanese troops, backed by Egyptian aircraft, attacked")? Then it is passive: the agent
 * acts on the noun before the comma.
 */
export function participialPassive(tokens: readonly Token[], i: number, from: number): boolean {
  const verb = tokens[i]!;
  return i === from && tokens[i - 1]?.normal === ',' && tokens[i + 1]?.normal === 'by' && verb.pos === 'VERB' && pastParticipleForm(verb) && verb.normal !== verb.lemma.toLowerCase();
}

/**
 * Does a coordinated gerund carry on a gerund phrase of the clause before ("thanks … for his policy
 * of expanding cultural ties with Russia and supporting the Russian language")? Then it is part of
 * that noun phrase, and the main clause's subject is not its subject.
 */
export function gerundListGoesOn(tokens: readonly Token[], verb: number, clause: Clause, clauses: readonly Clause[]): boolean {
  if (clause.kind !== 'coord' || verb !== clause.start || !tokens[verb]!.normal.endsWith('ing')) return false;
  const prev = clauses[clauses.indexOf(clause) - 1];
  if (!prev) return false;
  for (let k = prev.start + 1; k < prev.end; k++) if (tokens[k]!.pos === 'VERB' && tokens[k]!.normal.endsWith('ing') && tokens[k - 1]!.pos === 'ADP') return true;
  return false;
}
