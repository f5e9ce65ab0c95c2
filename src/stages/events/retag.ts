/**
 * Tags the events stage corrects before reading a sentence: past tenses the tagger does not know
 * ("abducted", "tortured", "beheaded", "blockaded", "rescued" come out as nouns or adjectives) read
 * as verbs where a verb trigger of that stem stands between a subject and an object ("Russian
 * soldiers abducted two Ukrainian journalists"); the verb half of a hyphenated adjective
 * ("earthquake-hit Morocco", "Russian-backed") read as the adjective it is; "after", "before", "as"
 * before a subject and its verb read as the subordinators they are.
 */
import type { Sentence, Token } from '../../core/doc.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';
import { opensClause } from './clauses.js';
import { HAVE } from './perfect-aux.js';

/** Tags a mis-tagged past tense may carry. */
const MISTAGS = new Set(['NOUN', 'ADJ']);
/** Tags of a subject's last word right before the verb. */
const SUBJECT_END = new Set(['PROPN', 'NOUN', 'PRON']);
/** Tags that open an object right after the verb (a bare common noun is left out: "Ukrainian abducted children" is a noun phrase). */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON']);
/** Tags that open the object of a participle adjunct (", arresting 20 militants", ", detaining the activist"): an adjective too. */
const ADJUNCT_OBJECT = new Set([...OBJECT_START, 'ADJ']);

/** Irregular past tenses the tagger may read as nouns ("Ukrainian forces shot down a jet"), with their stems. */
const IRREGULAR: Readonly<Record<string, string>> = { shot: 'shoot', struck: 'strike', fought: 'fight', froze: 'freeze', threw: 'throw' };
/** Particles that may follow a verb before its object ("shot down", "shot dead three migrants"). */
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'dead']);

/** Is the word the head of a verb trigger of the dictionary? */
function isVerbHead(dictionary: VerbDictionary, word: string): boolean {
  return dictionary.byHead.get(word)?.some((e) => e.block.kind === 'verb') === true;
}

/** The verb trigger stem of a past tense ("abducted" → "abduct", "seized" → "seize", "shot" → "shoot"), or undefined. */
function verbStem(normal: string, dictionary: VerbDictionary): string | undefined {
  const irregular = IRREGULAR[normal];
  if (irregular) return isVerbHead(dictionary, irregular) ? irregular : undefined;
  if (!normal.endsWith('ed')) return undefined;
  for (const stem of [normal.slice(0, -2), normal.slice(0, -1)]) {
    if (isVerbHead(dictionary, stem)) return stem;
  }
  return undefined;
}

/** Verbs of mediation the tagger reads as nouns after "help": helping to mediate is mediating, no aid to a side. */
const MEDIATING = new Set(['broker', 'mediate', 'negotiate']);

/**
 * Is the noun at `i` a bare verb of mediation right after a verb "help", with an object of its own
 * ("helped broker a truce")? Other bare verbs keep the help an aid aimed through them ("helped arm
 * Chilean fighters").
 */
function helpedBareVerb(tokens: readonly Token[], i: number, dictionary: VerbDictionary): boolean {
  const before = tokens[i - 1]!;
  if (before.pos !== 'VERB' || before.lemma.toLowerCase() !== 'help' || !MEDIATING.has(tokens[i]!.normal)) return false;
  if (!OBJECT_START.has(tokens[i + 1]!.pos)) return false;
  return isVerbHead(dictionary, tokens[i]!.normal);
}

/** Verbs of beginning or going on whose "-ing" object the tagger may read as a noun ("began trading oil", "resumed shelling the town"). */
export const ASPECTUAL: ReadonlySet<string> = new Set(['begin', 'start', 'resume', 'continue']);
/** Tags that open the object of such a gerund. */
const GERUND_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);

/**
 * Participles that are adjectives in their own right before a noun ("its armed forces", "Palestinian armed groups", "his
 * alleged part", "the parties concerned", "limited access"): never read as a verb before a bare noun. Words in "-eed"
 * ("seed", "need") are no past tenses at all.
 */
const ADJECTIVAL = new Set(['armed', 'alleged', 'concerned', 'limited', 'informed', 'advanced', 'detailed', 'united', 'organised', 'organized', 'qualified', 'skilled', 'reserved', 'supposed', 'related', 'based', 'developed', 'registered', 'licensed', 'elected', 'appointed', 'disputed', 'occupied', 'contested', 'fixed', 'mixed', 'renewed', 'increased', 'reduced', 'expanded', 'improved', 'sustained', 'coordinated', 'combined', 'integrated', 'sanctioned', 'banned', 'wanted', 'detained', 'displaced']);

/**
 * Is the bare noun group at `from` the object of the word before it, not the head of a noun phrase that is itself the
 * subject ("Russia relaxed visa rules for Chinese tourists" against "Ukrainian abducted children were returned")? No
 * finite verb or auxiliary follows the group.
 */
function bareObject(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && tokens[k]!.pos === 'NOUN') k++;
  if (k === from) return false;
  const after = tokens[k];
  return after === undefined || k >= end || (after.pos !== 'VERB' && after.pos !== 'AUX');
}

/** Tags after an opening participle: its object or a preposition ("Opening bilateral talks", "Speaking to reporters"); not a bare noun ("Shooting crews … were detained"). */
const OPENING_OBJECT = new Set(['DET', 'ADJ', 'ADP', 'PRON', 'NUM']);

/** Does a comma come before any finite verb from `from` on: the participle's clause ends before the main clause does? */
function commaBeforeVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    if (tokens[k]!.normal === ',') return true;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return false;
  }
  return false;
}

/** The verb trigger stem of a gerund ("opening" → "open", "making" → "make", "hitting" → "hit"), or undefined. */
function gerundStem(normal: string, dictionary: VerbDictionary): string | undefined {
  if (!normal.endsWith('ing') || normal.length < 6) return undefined;
  const base = normal.slice(0, -3);
  for (const stem of [base, `${base}e`, base.slice(0, -1)]) {
    if (isVerbHead(dictionary, stem)) return stem;
  }
  return undefined;
}

/** Is the token the second half of a hyphenated compound ("earthquake-hit", "Russian-backed")? */
function compoundHalf(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const first = tokens[i - 2];
  return hyphen?.normal === '-' && first !== undefined && hyphen.end === tokens[i]!.start && first.end === hyphen.start;
}

/**
 * Is the verb at `i`, right after "to", the first half of a hyphenated compound ("sent tents to
 * quake-hit Nepal", "to flood-stricken Pakistan")? Then "to" is the preposition, not an infinitive's.
 */
function infinitiveFirstHalf(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  const second = tokens[i + 2];
  return tokens[i - 1]!.normal === 'to' && hyphen?.normal === '-' && second !== undefined && tokens[i]!.end === hyphen.start && hyphen.end === second.start;
}

/**
 * The document's tokens with every sentence so corrected (past tenses VERB with their stem as
 * lemma, compound halves ADJ), each read within its own sentence; the same array when there is
 * nothing to correct (the common case). One copy for the whole document, made at the first
 * correction, so a long article with many corrected sentences costs no copy per sentence.
 */
export function retagPastTenses(tokens: readonly Token[], sentences: readonly Sentence[], dictionary: VerbDictionary): readonly Token[] {
  let out: Token[] | undefined;
  for (const { firstToken, endToken } of sentences) {
    for (let i = firstToken; i < endToken - 1; i++) {
      const t = tokens[i]!;
      if (t.pos === 'ADP' && opensClause(tokens, i, endToken)) {
        // "After Israeli jets struck a depot": a subordinator, so that the clause's subject is no prepositional object.
        out ??= [...tokens];
        out[i] = { ...t, pos: 'SCONJ' };
        continue;
      }
      if (i === firstToken) {
        // "Opening bilateral talks with …, Vladimir Putin underlined": a capitalised opening participle the tagger read as a name.
        // "Meeting Sudanese army chief Abdel Fattah al-Burhan in Cairo, Egyptian President …": a verb the tagger left unlemmatised
        // ("meeting" kept as its own lemma, the noun's) is the participle of its stem; a name may be its object.
        const unlemmatised = t.pos === 'VERB' && t.lemma.toLowerCase() === t.normal;
        const stem = t.pos === 'PROPN' || unlemmatised ? gerundStem(t.normal, dictionary) : undefined;
        const object = OPENING_OBJECT.has(tokens[i + 1]!.pos) || (unlemmatised && tokens[i + 1]!.pos === 'PROPN');
        if (stem && object && commaBeforeVerb(tokens, i + 1, endToken)) {
          out ??= [...tokens];
          out[i] = { ...t, pos: 'VERB', lemma: stem };
        }
        continue;
      }
      if (t.pos === 'VERB' && (compoundHalf(tokens, i) || infinitiveFirstHalf(tokens, i))) {
        out ??= [...tokens];
        out[i] = { ...t, pos: 'ADJ' };
        // "to quake-hit Nepal": the "to" the tagger gave the infinitive is the preposition.
        if (tokens[i - 1]!.pos === 'PART' && tokens[i - 1]!.normal === 'to') out[i - 1] = { ...tokens[i - 1]!, pos: 'ADP' };
        continue;
      }
      if (t.pos === 'NOUN' && ASPECTUAL.has(tokens[i - 1]!.lemma.toLowerCase()) && tokens[i - 1]!.pos === 'VERB' && GERUND_OBJECT.has(tokens[i + 1]!.pos)) {
        // "Iraq and Syria began trading oil": a gerund after a verb of beginning, with its object, is the act begun.
        const stem = gerundStem(t.normal, dictionary);
        if (stem) {
          out ??= [...tokens];
          out[i] = { ...t, pos: 'VERB', lemma: stem };
        }
        continue;
      }
      if (MISTAGS.has(t.pos) && adjunctParticiple(tokens, i, firstToken, dictionary)) {
        // "Troops attacked the camp, arresting 20 militants": a participle after the main clause, with its object, is an act of its own.
        const stem = gerundStem(t.normal, dictionary);
        if (stem) {
          out ??= [...tokens];
          out[i] = { ...t, pos: 'VERB', lemma: stem };
        }
        continue;
      }
      if (t.pos === 'NOUN' && helpedBareVerb(tokens, i, dictionary)) {
        // "Qatar helped broker a truce": the bare verb after "help" is the act helped, not a noun helped with.
        out ??= [...tokens];
        out[i] = { ...t, pos: 'VERB', lemma: t.normal };
        continue;
      }
      if (nominalWelcome(tokens, i, firstToken)) {
        // "gave a warm welcome to visiting Cuban President Fidel Castro": the welcome given, not a welcome step.
        out ??= [...tokens];
        out[i] = { ...t, pos: 'NOUN' };
        continue;
      }
      if (!MISTAGS.has(t.pos) || t.normal.length < 4) continue;
      const next = tokens[i + 1]!;
      // "Thailand and Cambodia each accused the other": a distributive "each" may stand between the subject and its verb.
      // So may the perfect's auxiliary: "its forces had shot down an American drone", and both: "Israel and Syria have each accused".
      let s = i - 1;
      while (s > i - 3 && s > firstToken && (tokens[s]!.normal === 'each' || HAVE.has(tokens[s]!.normal))) s--;
      const subjectEnd = SUBJECT_END.has(tokens[s]!.pos);
      if (!subjectEnd || !(OBJECT_START.has(next.pos) || next.normal === 'by' || PARTICLES.has(next.normal) || (bareObject(tokens, i + 1, endToken) && !ADJECTIVAL.has(t.normal) && !t.normal.endsWith('eed')))) continue;
      const stem = verbStem(t.normal, dictionary);
      if (!stem) continue;
      out ??= [...tokens];
      out[i] = { ...t, pos: 'VERB', lemma: stem };
    }
  }
  return out ?? tokens;
}

/**
 * Is the "-ing" word at `i` a participle adjunct: after a comma with a verb trigger (not itself in "-ing") anywhere before it in
 * the sentence ("attacked the camp, arresting"), or after "and" that joins it to such a participle ("…, killing 12 militants and
 * arresting 20 others"), with its object after it? The main act must be one: "one of the most photographed women of her era,
 * striking a chord with" adds no act to an act. The verb is looked for from the sentence's start, not only in the words since
 * the last comma before it: an apposition may end the main clause ("attacked a camp near Kidal, a rebel stronghold, arresting").
 */
function adjunctParticiple(tokens: readonly Token[], i: number, firstToken: number, dictionary: VerbDictionary): boolean {
  if (!tokens[i]!.normal.endsWith('ing') || !ADJUNCT_OBJECT.has(tokens[i + 1]?.pos ?? '')) return false;
  let k = i - 1;
  if (tokens[k]!.normal === 'and') {
    // The participle "and" joins: a verb in "-ing" after the comma, the first of the pair.
    while (k > firstToken && tokens[k]!.normal !== ',' && !(tokens[k]!.pos === 'VERB' && tokens[k]!.normal.endsWith('ing') && tokens[k - 1]!.normal === ',')) k--;
    if (tokens[k]!.normal !== ',') k--;
  }
  if (tokens[k]?.normal !== ',') return false;
  for (let j = firstToken; j < k; j++) {
    const v = tokens[j]!;
    if (v.pos === 'VERB' && !v.normal.endsWith('ing') && isVerbHead(dictionary, v.lemma.toLowerCase())) return true;
  }
  return false;
}

/** Words that may stand between the article and a nominal welcome ("a warm welcome", "a very cordial welcome"). */
const WELCOME_MODIFIERS = new Set(['ADJ', 'ADV']);

/** Is the adjective "welcome" at `i` the noun ("a warm welcome to …"): after an article over its modifiers, with no noun after it ("a welcome step")? */
function nominalWelcome(tokens: readonly Token[], i: number, firstToken: number): boolean {
  const t = tokens[i]!;
  if (t.normal !== 'welcome' || t.pos !== 'ADJ' || tokens[i + 1]?.pos === 'NOUN') return false;
  let j = i - 1;
  while (j > firstToken && WELCOME_MODIFIERS.has(tokens[j]!.pos)) j--;
  return j < i - 1 && tokens[j]!.pos === 'DET';
}

/**
 * Is the token at `k` a hyphen inside a compound adjective before the group at `start`, or the word
 * before such a hyphen ("earthquake-hit Morocco")? Not when the group itself is the second half
 * ("the Soviet-German front" is no act on Germany).
 */
export function innerHyphen(tokens: readonly Token[], k: number, start: number): boolean {
  const joins = (h: number): boolean => h + 1 < start && tokens[h]?.normal === '-' && tokens[h - 1] !== undefined && tokens[h - 1]!.end === tokens[h]!.start && tokens[h]!.end === tokens[h + 1]!.start;
  return joins(k) || joins(k + 1);
}
