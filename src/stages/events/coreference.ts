import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { sentenceGroups, type ActorGroup } from './actors.js';
import { firstFrom, mentionCountry } from './mention-index.js';
import { BETWEEN_SUBJECT_AND_VERB } from './subjects.js';

// Actors named in the sentence before: "Mozambique asked South Africa to help clear mines. It also
// urged donors …" is Mozambique's appeal. A sentence that opens with "It", "They" or "The group" as
// its subject stands for the subject of the previous sentence, when that subject fits the word.
// Only the subject is taken (not the last actor named), and only when it fits: a wrong actor is
// worse than none.

/** Definite descriptions that stand for a single state or body named before ("The country", "The group"). */
const DESCRIPTIONS = new Set(['country', 'group', 'movement', 'organisation', 'organization', 'kingdom', 'republic']);
/** Of those, the ones that stand for a state, not a body. */
const STATE_WORDS = new Set(['country', 'kingdom', 'republic']);

/** Possessives that open a subject owned by the previous sentence's subject ("Its jets", "Their forces"). */
const POSSESSIVE_OPENERS = new Set(['its', 'their']);
/** How many words the owned noun phrase may have ("Its fighter jets"). */
const OWNED_WORDS = 3;

/** Plural nouns of the leaders who met ("The two leaders discussed …", "The presidents agreed …", "the two prime ministers"). */
export const LEADER_NOUNS: ReadonlySet<string> = new Set(['leaders', 'presidents', 'premiers', 'chancellors', 'ministers', 'monarchs', 'statesmen']);
/** Numbers of them ("The two presidents"). */
const FEW = new Set(['two', 'three']);

/**
 * How the opening words refer: to one state or body ("it", "the group"), to several or a plural body
 * ("they"), or to the leaders of the sentence before, its subject and the partner it met ("The two
 * leaders").
 */
type Reference = { readonly end: number; readonly plural: boolean; readonly state?: boolean; readonly leaders?: boolean };

/** "The two leaders", "The presidents", "The heads of state": the end of the phrase, or -1. */
function leadersEnd(tokens: readonly Token[], first: number): number {
  if (tokens[first]?.normal !== 'the') return -1;
  const k = FEW.has(tokens[first + 1]?.normal ?? '') ? first + 2 : first + 1;
  if (LEADER_NOUNS.has(tokens[k]?.normal ?? '')) return k + 1;
  return tokens[k]?.normal === 'heads' && tokens[k + 1]?.normal === 'of' && tokens[k + 2]?.normal === 'state' ? k + 3 : -1;
}

/** The subject reference that opens a sentence, if any: "It", "They", "The country", "The group", "Its jets". */
function openingReference(tokens: readonly Token[], first: number, end: number): Reference | undefined {
  const t = tokens[first];
  if (!t) return undefined;
  let ref: Reference | undefined;
  if (t.pos === 'PRON' && (t.normal === 'it' || t.normal === 'they')) ref = { end: first + 1, plural: t.normal === 'they' };
  else if (t.normal === 'the' && DESCRIPTIONS.has(tokens[first + 1]?.normal ?? '')) ref = { end: first + 2, plural: false, state: STATE_WORDS.has(tokens[first + 1]!.normal) };
  else if (leadersEnd(tokens, first) > 0) ref = { end: leadersEnd(tokens, first), plural: true, leaders: true };
  else if (POSSESSIVE_OPENERS.has(t.normal)) {
    // "Its jets bombed …", "Their troops shelled …": what the previous subject owns acts for it.
    let k = first + 1;
    while (k < first + 1 + OWNED_WORDS && (tokens[k]?.pos === 'ADJ' || tokens[k]?.pos === 'NOUN')) k++;
    if (k > first + 1 && tokens[k - 1]!.pos === 'NOUN') ref = { end: k, plural: t.normal === 'their' };
  }
  if (!ref) return undefined;
  // "It is expected that …", "It was agreed": an "it" before a form of "be" is most often no actor.
  if (t.normal === 'it' && tokens[ref.end]?.lemma.toLowerCase() === 'be') return undefined;
  // A verb right after the subject, over adverbs and auxiliaries: "It urged", "They had since withdrawn", not "They, too, …".
  let k = ref.end;
  while (k < end && BETWEEN_SUBJECT_AND_VERB.has(tokens[k]!.pos)) k++;
  return tokens[k]?.pos === 'VERB' ? ref : undefined;
}

/** The subject of a sentence: its first actor group, with no verb and no preposition before it. */
function sentenceSubject(tokens: readonly Token[], first: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  const g = groups[0];
  if (!g || g.locative || g.agentive || g.bothSides) return undefined;
  for (let k = first; k < g.start; k++) {
    const pos = tokens[k]!.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return undefined;
  }
  // The group must be the subject itself, not a modifier of another noun phrase that is ("Russia's foreign minister" is the minister).
  let k = g.end;
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'ADJ') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' ? g : undefined;
}

/** Does the antecedent fit the reference: one state or body for "it" and "the group", several or a plural people for "they"? */
function fits(tokens: readonly Token[], g: ActorGroup, ref: Reference): boolean {
  const head = tokens[g.end];
  const nounHead = head?.pos === 'NOUN';
  const pluralHead = nounHead && head.normal.endsWith('s') && head.normal !== head.lemma.toLowerCase();
  if (ref.plural) return g.mentions.length > 1 || pluralHead;
  if (g.mentions.length !== 1 || pluralHead) return false;
  const type = g.mentions[0]!.type;
  if (ref.state) return type === 'GPE' && !nounHead;
  // "Mozambique", "the UN", or a people's name before a singular head ("The Sudanese government"); a bare people's name is plural.
  return type === 'GPE' || type === 'ORG' ? !nounHead || head.normal === head.lemma.toLowerCase() : type === 'NORP' && nounHead;
}

/** How many sentences opening with a reference an antecedent may be passed through ("They … . They …"). */
const CHAIN = 1;

/** How far before a partner's name its "with" may stand ("met with the President of Kazakhstan"). */
const WITH_REACH = 5;

/**
 * The leaders of the sentence before: a subject of several persons ("Vladimir Putin and Emmanuel
 * Macron"), or a person subject and the person named after its "with" ("Putin had a telephone
 * conversation with …"); each of a different country. Nothing otherwise.
 */
function leaders(tokens: readonly Token[], subject: ActorGroup, groups: readonly ActorGroup[]): readonly EntityMention[] | undefined {
  let people = subject.mentions;
  if (people.length === 1) {
    const partner = groups.find((g) => g.start >= subject.end && !g.locative && !g.agentive && withBefore(tokens, g.start, subject.end));
    if (!partner) return undefined;
    people = [...people, ...partner.mentions];
  }
  const countries = new Set(people.map(mentionCountry));
  return people.every((m) => m.type === 'PERSON') && countries.size === people.length && !countries.has('') ? people : undefined;
}

/** Does "with" stand shortly before `start`, after `from`? */
function withBefore(tokens: readonly Token[], start: number, from: number): boolean {
  for (let k = start - 1; k >= Math.max(from, start - WITH_REACH); k--) if (tokens[k]!.normal === 'with') return true;
  return false;
}

/**
 * The group an opening "It", "They" or "The group" stands for, spanning those words, with the
 * previous sentence's subject as its mentions; nothing when the sentence opens otherwise, when the
 * words already name an actor, or when the previous subject does not fit them.
 */
export function openingAntecedent(doc: Doc, tokens: readonly Token[], sentence: Sentence, groups: readonly ActorGroup[], dyad: readonly EntityMention[], depth = 0): ActorGroup | undefined {
  const ref = openingReference(tokens, sentence.firstToken, sentence.endToken);
  if (!ref || groups.some((g) => g.start < ref.end && g.end > sentence.firstToken)) return undefined;
  const previous = doc.layers.sentences?.[sentence.index - 1];
  if (!previous) return undefined;
  const all = doc.layers.entities ?? [];
  const from = firstFrom(all, previous.start);
  const to = firstFrom(all, previous.end);
  const before = sentenceGroups(tokens, previous.firstToken, previous.endToken, all.slice(from, to), dyad);
  // "They agreed to open the border. They also signed …": a previous sentence that opens with a reference passes its antecedent on, one sentence further at most.
  const subject = sentenceSubject(tokens, previous.firstToken, before)
    ?? (depth < CHAIN ? openingAntecedent(doc, tokens, previous, before, dyad, depth + 1) : undefined);
  // "Putin met with Macron. They discussed …": a plural "they" after a single person is that person and whom he met.
  const mentions = !subject ? undefined : ref.leaders ? leaders(tokens, subject, before) : fits(tokens, subject, ref) ? subject.mentions : ref.plural ? leaders(tokens, subject, before) : undefined;
  if (!mentions) return undefined;
  return { mentions, start: sentence.firstToken, end: ref.end, locative: false, prep: -1, agentive: false, bothSides: false, wholeSpan: true };
}

/** Object pronouns of a person, which never stand for the subject of their own clause (that would be "himself"). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);

/**
 * The person an object "him" or "her" stands for when it was resolved to the source's own country:
 * the one person of another country the previous sentence names, its subject or not, when no one of
 * another country is named before the pronoun in its own sentence ("Syrian President Assad arrived in
 * Moscow. Putin promised him new arms deliveries", "Mr Putin met Mr Kuchma. Mr Putin congratulated
 * him"). Nothing otherwise, two such people included: the target is then left out.
 */
export function objectPronounAntecedent(doc: Doc, tokens: readonly Token[], sentence: Sentence, pronoun: ActorGroup, groups: readonly ActorGroup[], sourceCountry: string): ActorGroup | undefined {
  if (pronoun.end - pronoun.start !== 1 || !OBJECT_PRONOUNS.has(tokens[pronoun.start]!.normal)) return undefined;
  if (groups.some((g) => g.start < pronoun.start && g.mentions.some((x) => mentionCountry(x) !== sourceCountry))) return undefined;
  const previous = doc.layers.sentences?.[sentence.index - 1];
  if (!previous) return undefined;
  const all = doc.layers.entities ?? [];
  let person: EntityMention | undefined;
  for (let n = firstFrom(all, previous.start); n < all.length && all[n]!.start < previous.end; n++) {
    const x = all[n]!;
    if (x.type !== 'PERSON' || mentionCountry(x) === '' || mentionCountry(x) === sourceCountry || x.entity === person?.entity) continue;
    if (person) return undefined;
    person = x;
  }
  return person && { ...pronoun, mentions: [person], wholeSpan: true };
}
