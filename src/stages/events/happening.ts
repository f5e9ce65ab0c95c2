import type { Token } from '../../core/doc.js';
import type { TriggerMatch } from './match-triggers.js';
import { DAYS } from './subjects.js';
import { pastAt, pastBefore } from './tense-words.js';
import { causeOf } from './means-victims.js';

// Is a trigger word a happening at all? Tests on the word's form and neighbours that rule out
// gerunds of topics, participles used as adjectives or in reduced relatives, names, capabilities,
// topics and other senses of a verb. Read by detect.ts before roles are looked for.

/** Prepositions that make a following nominal a topic, not a happening ("progress toward a truce", "issues surrounding the transfer"). */
const TOPIC_PREPS = new Set(['toward', 'towards', 'about', 'regarding', 'concerning', 'surrounding', 'on', 'over', 'for', 'of']);
/** Nouns before a topic preposition that keep the nominal as an event (the status rules read them). */
const STATUS_NOUNS = new Set(['expectation', 'plan', 'preparation', 'agreement', 'deal', 'footage']);

/** Verbs that name a protest only when intransitive: with an object they mean "show" ("demonstrated the shared intention"). */
const SHOW_SENSE = new Set(['demonstrate']);
/** Parts of speech that start a direct object or a that-clause. */
const OBJECT_START = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'SCONJ']);

/** Verbs that give aid only with a recipient, not before a verb: "would help to schedule", "helped settle" help nobody in the CAMEO sense. */
const HELP_SENSE = new Set(['help', 'assist']);

/** Is the verb used in a sense that is no event: "demonstrate" with an object, "help" with a verb? */
export function otherSense(tokens: readonly Token[], m: TriggerMatch, sentenceEnd: number): boolean {
  const lemma = tokens[m.head]!.lemma.toLowerCase();
  if (SHOW_SENSE.has(lemma)) return hasObject(tokens, m.end, sentenceEnd);
  if (HELP_SENSE.has(lemma) && m.used.length === 0) {
    const next = tokens[m.end];
    return next !== undefined && (next.pos === 'VERB' || (next.normal === 'to' && tokens[m.end + 1]?.pos === 'VERB'));
  }
  return false;
}

/** Does a direct object (or a that-clause) follow the verb ending at `end`, over adverbs? */
function hasObject(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  let k = end;
  while (k < sentenceEnd && tokens[k]!.pos === 'ADV') k++;
  return k < sentenceEnd && (OBJECT_START.has(tokens[k]!.pos) || tokens[k]!.normal === 'that') && tokens[k]!.normal !== 'on';
}

/**
 * Prepositions of time whose gerund is an act the clause's subject did or does around the main act ("returned home after
 * attending the summit", "before signing the accord", "while visiting Ankara"), not the topic a gerund after another
 * preposition names ("the importance of fighting terrorism").
 */
export const TIME_PREPS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'upon']);

/** Prepositions after a gerund that make it a noun with its own agent or object ("fighting between troops and rebels", "shelling by troops", "the bombing of"). */
const NOMINAL_GERUND = new Set(['by', 'between', 'among', 'of']);

/**
 * Is the gerund at `i` after the time preposition at `prep` an act done around a main act that happened: the preposition opens
 * an adjunct, not the complement of a verb ("insisted upon negotiating", "depends upon receiving" demand or condition), the gerund
 * is verbal ("after fighting between troops and rebels" is a noun with its own agents), and the main clause's verb, before the
 * preposition or (when it opens the sentence) after the comma that ends its phrase, is a past ("would think twice before
 * attacking", "wants guarantees before signing" tell of no act)?
 */
function actAround(tokens: readonly Token[], prep: number, i: number, sentenceStart: number, sentenceEnd: number): boolean {
  if (tokens[prep]!.normal === 'upon' && (tokens[prep - 1]?.pos === 'VERB' || tokens[prep - 1]?.pos === 'AUX')) return false;
  if (NOMINAL_GERUND.has(tokens[i + 1]?.normal ?? '')) return false;
  if (prep > sentenceStart) return pastBefore(tokens, prep);
  let k = i + 1;
  while (k < sentenceEnd && tokens[k]!.normal !== ',') k++;
  for (k++; k < sentenceEnd; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return pastAt(tokens, k, false);
  return false;
}

/** Texts an actor issues whose participle says what the actor does through them ("issued a declaration demanding that …", "adopted a resolution urging …"). */
const DOCUMENTS = new Set(['declaration', 'statement', 'resolution', 'communique', 'communiqué', 'letter', 'note', 'appeal', 'message', 'memorandum']);

/** Words that make what follows a capability, not a happening ("bombers capable of launching cruise missiles"). */
const CAPABILITY = new Set(['capable', 'able', 'ability', 'capability', 'capacity']);

/** Intent words an infinitive may follow and still be an event (planned): "efforts to return", "plans to attack". */
const INFINITIVE_GOVERNORS = new Set(['effort', 'plan', 'intention', 'decision', 'readiness', 'willingness', 'agreement', 'pledge', 'promise', 'vow', 'threat', 'bid', 'attempt', 'move', 'willing', 'ready', 'prepared', 'committed', 'determined', 'eager', 'keen', 'unwilling', 'consensus', 'deal', 'accord']);
/** Words of scheduling after a form of "be": "is due to visit", "is set to meet", "is poised to sign". */
const SCHEDULING = new Set(['due', 'set', 'poised']);

/** Is the word at `k` a "due" (or "set", "poised") after a form of "be" ("Putin is due to visit Ankara"): an act scheduled, not "due to" as a cause ("largely due to coordinated efforts")? */
export function scheduled(tokens: readonly Token[], k: number): boolean {
  return SCHEDULING.has(tokens[k]?.normal ?? '') && tokens[k - 1]?.lemma.toLowerCase() === 'be';
}

/** Ordinals that make an infinitive after their noun a thing done ("became the first country to establish relations"). */
const ORDINALS = new Set(['first', 'second', 'last', 'only']);

/** Is the noun at `k` ("country" in "the first former Warsaw Pact country to establish …") led by an ordinal, over its modifiers? */
export function firstToDo(tokens: readonly Token[], k: number, from: number): boolean {
  if (tokens[k]?.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= Math.max(from, k - 5); j--) {
    const t = tokens[j]!;
    if (ORDINALS.has(t.normal)) return true;
    if (!['ADJ', 'PROPN', 'NOUN', 'PUNCT'].includes(t.pos)) return false;
  }
  return false;
}

/** Modals and future auxiliaries before "take steps" that leave the steps untaken ("should take steps to ease", "will take steps"). */
const UNTAKEN = new Set(['would', 'should', 'could', 'might', 'may', 'must', 'will', 'shall', 'to']);

/** Are the steps at `k` ("steps to enhance political freedoms") taken, by a "take" before them with no modal, not merely called for? */
export function stepsTaken(tokens: readonly Token[], k: number, from: number): boolean {
  if (tokens[k]?.lemma.toLowerCase() !== 'step') return false;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--) {
    if (tokens[j]!.lemma.toLowerCase() !== 'take' || tokens[j]!.pos !== 'VERB') continue;
    for (let b = j - 1; b >= Math.max(from, j - 3); b--) if (UNTAKEN.has(tokens[b]!.normal)) return false;
    return true;
  }
  return false;
}

/**
 * Verb forms that name no happening: a gerund after a preposition, determiner or adjective ("the
 * importance of resolutely fighting terrorism", "the basis for settling"), a sentence-initial gerund
 * subject ("Resolving the crisis was the focus"), a participle used as an adjective ("universally
 * accepted norms", "the Targeted Programme"), an infinitive after a noun or adjective that is no
 * intent ("the instruction to establish", "it is important to take").
 */
export function notAHappening(text: string, tokens: readonly Token[], i: number, sentenceStart: number, sentenceEnd: number): boolean {
  const verb = tokens[i]!;
  if (i > sentenceStart && inName(text, tokens, i, sentenceStart, sentenceEnd)) return true;
  let k = i - 1;
  while (k >= sentenceStart && tokens[k]!.pos === 'ADV') k--;
  const prev = k >= sentenceStart ? tokens[k]! : undefined;
  if (verb.normal.endsWith('ing')) {
    if (!prev) return true;
    if ((prev.pos === 'ADP' && !TIME_PREPS.has(prev.normal)) || prev.pos === 'DET' || prev.pos === 'ADJ' || (prev.pos === 'NOUN' && !DOCUMENTS.has(prev.lemma.toLowerCase()))) return true;
    if (prev.pos === 'ADP' && !actAround(tokens, k, i, sentenceStart, sentenceEnd)) return true;
  }
  const next = tokens[i + 1];
  // A participle joined by a hyphen to the word before it is an adjective of the noun after it ("its long-threatened invasion", "the Israeli-occupied West Bank").
  if (pastForm(verb) && prev?.normal === '-' && k === i - 1 && prev.end === verb.start && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return true;
  if (verb.normal.endsWith('ed') && prev && (prev.pos === 'DET' || prev.pos === 'ADV' || prev.pos === 'ADJ' || prev.pos === 'ADP') && next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN')) return true;
  // A reduced relative ("the meeting held in Vienna", "proposals presented earlier"): its subject is the noun before it, no actor.
  // Only when another verb of the sentence is the noun phrase's own ("… held in Vienna ended", "attended the talks held in"):
  // with none, the participle is the main verb ("Senior officials agreed on Wednesday that …"). After a name, only an earlier
  // verb counts ("updated him on his meeting with Pashinyan held in Vienna"): "Putin and Kuchma arrived in Vitebsk" is a main verb.
  // A day before the verb is no noun it could modify: "The Security Council today agreed to …".
  if (pastForm(verb) && !SIMPLE_PAST.has(verb.normal) && !INTRANSITIVE.has(verb.lemma.toLowerCase()) && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') && !DAYS.has(prev.normal) && k === i - 1 && next && (next.pos === 'ADP' || next.pos === 'ADV')
    && (prev.pos === 'NOUN' ? otherVerb(text, tokens, i, sentenceStart, sentenceEnd) : earlierVerb(text, tokens, i, sentenceStart))) return true;
  // "O'Connor said when asked whether …", "if elected": a bare participle after a subordinator is a passive whose doer the text leaves unnamed.
  if (pastForm(verb) && i > sentenceStart && BARE_PASSIVE_OPENERS.has(tokens[i - 1]!.normal)) return true;
  if (nounReading(tokens, i, sentenceStart)) return true;
  if (prev?.normal === 'to' && k - 1 >= sentenceStart) {
    const governor = tokens[k - 1]!;
    if ((governor.pos === 'NOUN' || governor.pos === 'ADJ') && !INFINITIVE_GOVERNORS.has(governor.lemma.toLowerCase()) && !scheduled(tokens, k - 1) && !stepsTaken(tokens, k - 1, sentenceStart) && !firstToDo(tokens, k - 1, sentenceStart)) return true;
  }
  return false;
}

/**
 * Is a base-form "verb" a noun the tagger missed: after a determiner and modifiers, before a
 * preposition or punctuation ("the final heavyweight boxing match between …")?
 */
function nounReading(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  const verb = tokens[i]!;
  if (verb.normal !== verb.lemma.toLowerCase()) return false;
  const next = tokens[i + 1];
  if (next && next.pos !== 'ADP' && next.pos !== 'PUNCT') return false;
  let k = i - 1;
  while (k >= sentenceStart && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ')) k--;
  return k >= sentenceStart && k < i - 1 && tokens[k]!.pos === 'DET';
}

/** Subordinators after which a verb is no longer the main clause's. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'if', 'unless', 'when', 'while', 'because', 'although', 'though', 'as', 'after', 'before', 'since']);

/**
 * Is there a finite verb besides the one at `i` that the noun before `i` can be the subject or object
 * of: an earlier verb of the sentence, or a later one before any subordinator or clause break?
 */
function otherVerb(text: string, tokens: readonly Token[], i: number, first: number, end: number): boolean {
  if (earlierVerb(text, tokens, i, first)) return true;
  let comma = false;
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k]!;
    if (CLAUSE_OPENERS.has(t.normal) || t.normal === ';' || t.normal === ':') return false;
    if (t.normal === ',') comma = true;
    // "…, the ministry said": a trailing attribution is the sentence's frame, not the noun's verb.
    // An infinitive or gerund is no finite verb: "officials threatened on Monday to break relations".
    // A participle between a determiner and its noun is an adjective: "remained on alert in the occupied West Bank".
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && tokens[k - 1]!.normal !== 'to' && !t.normal.endsWith('ing') && !adjectiveBetween(tokens, k));
    if (finite && !(comma && ATTRIBUTION.has(t.lemma.toLowerCase()))) return true;
  }
  return false;
}

/** Does the verb at `k` stand between a determiner and a noun ("the occupied West Bank"), as an adjective? */
function adjectiveBetween(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.pos;
  return tokens[k - 1]?.pos === 'DET' && (next === 'NOUN' || next === 'PROPN' || next === 'ADJ');
}

/** Subordinators a bare participle may follow as a reduced passive clause ("when asked", "if attacked", "once approved"). */
const BARE_PASSIVE_OPENERS = new Set(['when', 'if', 'unless', 'once', 'until', 'whenever']);

/**
 * Intransitive verbs: no object, so no passive (or, as "land", hardly one) and no passive participle: "aid donated by Japan arrived
 * in Nampo" has "arrived" as its main verb, never a reduced relative; "resigned and criticised the government" shares no object.
 */
export const INTRANSITIVE: ReadonlySet<string> = new Set(['arrive', 'dock', 'land', 'come', 'go', 'travel', 'depart', 'happen', 'occur', 'die', 'emerge', 'resign', 'retreat']);

/** Irregular simple past forms that are never participles ("guerillas blew up power lines"): no reduced relative. */
const SIMPLE_PAST = new Set(['blew', 'took', 'gave', 'wrote', 'drove', 'rode', 'rose', 'spoke', 'broke', 'chose', 'froze', 'stole', 'wore', 'tore', 'swore',
  'began', 'ran', 'came', 'became', 'went', 'ate', 'fell', 'flew', 'grew', 'knew', 'threw', 'drew', 'saw', 'shook', 'forgave', 'bit', 'sank', 'sang', 'did', 'withdrew', 'overthrew', 'undertook', 'overran', 'forbade', 'arose', 'strove', 'struck']);

/** Is the verb a past form, regular or not ("agreed", "held", "sent"): inflected, and neither a gerund nor a third person? */
function pastForm(verb: Token): boolean {
  return verb.normal !== verb.lemma.toLowerCase() && !verb.normal.endsWith('ing') && !verb.normal.endsWith('s');
}

/** Is there a verb or auxiliary before token `i` in the sentence? A capitalised "verb" inside the sentence is a name word ("Gen. Prosper Avril resigned"). */
function earlierVerb(text: string, tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = first; k < i; k++) if ((tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') && !(k > first && /^[A-Z]/.test(text[tokens[k]!.start] ?? ''))) return true;
  return false;
}

/** Verbs of a trailing attribution ("…, officials said"). */
const ATTRIBUTION = new Set(['say', 'tell', 'report', 'add', 'announce', 'state', 'confirm', 'claim', 'write', 'note', 'quote']);

/** Is the capitalised word at `i` inside a name ("the Federal Targeted Programme") in a sentence that is not a title-case headline? */
function inName(text: string, tokens: readonly Token[], i: number, first: number, end: number): boolean {
  const upper = (k: number): boolean => k >= first && k < end && /^[A-Z]/.test(text[tokens[k]!.start] ?? '');
  if (!upper(i) || !(upper(i - 1) || upper(i + 1))) return false;
  let capitals = 0;
  for (let k = first; k < end; k++) if (upper(k)) capitals++;
  return capitals / (end - first) < 0.5;
}

/** Does a capability word stand just before the trigger? */
export function isCapability(tokens: readonly Token[], start: number, from: number): boolean {
  for (let k = start - 1; k >= Math.max(from, start - 3); k--) if (CAPABILITY.has(tokens[k]!.normal)) return true;
  return false;
}

/** Is the nominal at `start` a topic ("talks on the return of children") rather than a happening? */
export function isTopic(tokens: readonly Token[], start: number, from: number): boolean {
  for (let k = start - 1; k >= Math.max(from, start - 6); k--) {
    const t = tokens[k]!;
    // "killed as a result of a US strike": a cause is a happening, no topic.
    if (causeOf(tokens, k)) return false;
    if (TOPIC_PREPS.has(t.normal)) {
      const head = tokens[k - 1];
      return !(head && STATUS_NOUNS.has(head.lemma.toLowerCase())) && !(head && head.pos === 'VERB' && t.normal !== 'surrounding');
    }
    if (!['DET', 'ADJ', 'NOUN', 'NUM', 'CCONJ', 'PROPN', 'PART'].includes(t.pos) && t.normal !== ',') return false;
  }
  return false;
}
