import type { Token } from '../../core/doc.js';
import { headOf, npBefore, PERSONAL, RELATIVE } from './chunker.js';
import type { TokenRange } from './draft.js';
import { isName } from './quote-name.js';
import { type ClaimsView, tokenStartingAt } from './view.js';

const MAX_PARENTHETICAL = 30;
/** Sequence words wink may tag as names at the start of a sentence ("First Vladimir Putin …"). */
const SEQUENCE_WORDS = new Set(['first', 'second', 'third', 'finally', 'then', 'also', 'later', 'meanwhile', 'next']);
/** Quantifiers that can stand alone as a subject ("Many say …"). */
const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'others', 'most', 'several', 'few', 'both']);
/** Prepositions that join a phrase to the noun before it ("a conversation between …"); "after they warned" is a clause. */
const NP_PREPOSITIONS = new Set(['between', 'of', 'from', 'in', 'at', 'on', 'with', 'for', 'among', 'by']);
/** Sentence-initial capitalised abstract nouns wink tags PROPN ("Negotiations held …"): not names. */
const ABSTRACT = /(?:tion|sion|ment|ness|ity|ence|ance)s?$/;

/**
 * The subject before token `first` (the cue's first token), not before `floor`: the noun phrase
 * right before it, or before a parenthetical ("Trump, who spoke with Putin …, indicated";
 * "Putin, in separate comments, dismissed"), or the antecedent of a relative pronoun
 * ("Peskov, who said"). Null when there is none or it cannot speak (see `canSpeak`).
 */
export function subjectBefore(view: ClaimsView, first: number, floor: number): TokenRange | null {
  const { tokens } = view;
  let end = first;
  // "Mr Putin also said", "He then explained": adverbs stand between the subject and its verb.
  while (end - 1 > floor && tokens[end - 1]!.pos === 'ADV') end--;
  if (tokens[end - 1]?.normal === ',' && end - 1 > floor) {
    for (let q = end - 2; q > floor && end - q < MAX_PARENTHETICAL; q--) {
      const t = tokens[q]!;
      // "…, the homepage of which displays the text “Steve Jobs 1955-2011”, states": a quoted name
      // inside the parenthetical is read past.
      const named = view.closes.get(q);
      if (named !== undefined) {
        const open = tokenStartingAt(tokens, view.quotes[named]!.start);
        if (open > floor && isName(view, named, open)) {
          q = open;
          continue;
        }
      }
      if (view.opens.has(q) || view.closes.has(q) || t.normal === ';') break;
      if (t.normal === ',') {
        end = q;
        break;
      }
    }
    if (end === first) return null;
  }
  let relative = false;
  if (end - 1 >= floor && RELATIVE.has(tokens[end - 1]!.normal) && tokens[end - 1]!.pos === 'PRON') {
    end--;
    relative = true;
    if (tokens[end - 1]?.normal === ',') end--;
  }
  let np = npBefore(tokens, end, floor) ?? quantifierSubject(view, end, floor);
  // "A conversation between Trump and Putin has confirmed": the phrase is inside a larger one.
  // ("evil-wishers in her entourage" too; "with him" is no such phrase).
  while (np && np[0] - 1 > floor && tokens[np[0] - 1]!.pos === 'ADP' && NP_PREPOSITIONS.has(tokens[np[0] - 1]!.normal) && !(tokens[np[0]]!.pos === 'PRON' && np[1] - np[0] === 1)) {
    const outer = npBefore(tokens, np[0] - 1, floor);
    if (!outer) break;
    np = [outer[0], np[1]];
  }
  // "Mr Putin, Mr Kuchma and Mr Voronin expressed": earlier names of a list joined by commas.
  while (np && np[0] - 2 >= floor && tokens[np[0] - 1]!.normal === ',' && tokens[np[0] - 2]!.pos === 'PROPN' && tokens[np[0]]!.pos === 'PROPN' && tokens.slice(np[0], np[1]).some((t) => t.normal === 'and')) {
    const item = npBefore(tokens, np[0] - 1, floor);
    if (!item || tokens.slice(item[0], item[1]).some((t) => t.pos !== 'PROPN' && t.normal !== '.')) break;
    np = [item[0], np[1]];
  }
  // "Ford Motor Company CEO Alan Mulally": wink may tag the capitalised first word of a name as a verb.
  if (np && np[0] - 1 >= floor && tokens[np[0] - 1]!.pos === 'VERB' && tokens[np[0]]!.pos === 'PROPN' && /^\p{Lu}/u.test(view.text[tokens[np[0] - 1]!.start]!) && !view.lexicon.verbs.has(tokens[np[0] - 1]!.lemma)) np = [np[0] - 1, np[1]];
  if (np) np = [namedBefore(view, np[0], floor), np[1]];
  // "First Vladimir Putin congratulated …": a sentence-initial sequence word is no part of the name.
  if (np && np[0] === floor && np[1] - np[0] > 1 && SEQUENCE_WORDS.has(tokens[np[0]]!.normal)) np = [np[0] + 1, np[1]];
  // "experts … in Russia who do not believe": the antecedent is not the object of a preposition;
  // "a telegram to Mr Kuchma, which said": "which" reaches past it to the thing that says.
  if (np && relative && np[0] - 1 >= floor && tokens[np[0] - 1]!.pos === 'ADP') {
    const outer = tokens[first - 1]!.normal === 'which' ? npBefore(tokens, np[0] - 1, floor) : null;
    if (!outer) return null;
    np = [outer[0], np[1]];
  }
  return np && canSpeak(view, np, floor) ? np : null;
}

/** Parts of speech of a role or organisation between commas after a name ("chairperson of Local 1520"). */
const APPOSITION = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET', 'PUNCT', 'ADP']);

/**
 * The start of a speaker given as a name and then its roles, each after a comma: "Tom LaSorda, the
 * president of Chrysler announced", "Whitey MacDonald, chairperson of Local 1520, Canadian Auto
 * Workers union said". `start` is where the phrase before the cue starts; it is returned unchanged
 * unless the phrases before it, back to a comma or the sentence start, are noun phrases of which
 * the first is a name.
 */
function namedBefore(view: ClaimsView, start: number, floor: number): number {
  const { tokens } = view;
  // "Mr Putin, you said": a name before a pronoun is whom it addresses.
  if (tokens[start]!.pos === 'PRON') return start;
  let segment = start;
  for (let round = 0; round < 3 && tokens[segment - 1]?.normal === ',' && segment - 1 > floor; round++) {
    let i = segment - 1;
    while (i > floor && tokens[i - 1]!.normal !== ',' && APPOSITION.has(tokens[i - 1]!.pos) && tokens[i - 1]!.normal !== '-') i--;
    if (i === segment - 1 || (i > floor && tokens[i - 1]!.normal !== ',')) return start;
    const words = tokens.slice(i, segment - 1);
    if (words.every((t) => t.pos === 'PROPN')) return i;
    if (words.some((t) => t.pos === 'PUNCT')) return start;
    segment = i;
  }
  return start;
}

/** "Many say", "Others argue": a quantifier standing alone as the subject at the start of a clause, as `[start, end)`, or null. */
function quantifierSubject(view: ClaimsView, end: number, floor: number): TokenRange | null {
  const { tokens } = view;
  const t = tokens[end - 1];
  if (!t || end - 1 < floor || !QUANTIFIER_SUBJECTS.has(t.normal)) return null;
  const before = tokens[end - 2];
  return end - 1 === floor || before?.pos === 'PUNCT' || before?.pos === 'CCONJ' ? [end - 1, end] : null;
}

/**
 * True when the phrase may be the subject of a reporting verb: any noun, name or personal
 * pronoun, except a sentence-initial abstract noun that wink tagged as a name ("Negotiations").
 * With a that-clause or a quotation almost any subject is a speaker ("The auditor noted that …",
 * "The document said that …"); `isSpeaker` is the stricter test for weaker cues.
 */
function canSpeak(view: ClaimsView, np: TokenRange, sentenceStart: number): boolean {
  const head: Token = view.tokens[headOf(view.tokens, np[0], np[1])]!;
  if (head.pos === 'PRON') return PERSONAL.has(head.normal) || QUANTIFIER_SUBJECTS.has(head.normal);
  return !(np[0] === sentenceStart && head.pos === 'PROPN' && ABSTRACT.test(head.normal));
}

/**
 * True when the phrase can say something: its head is a name, a personal pronoun, or a noun of
 * the speaker lexicon ("officials", "imagery", "report"). A sentence-initial abstract noun that
 * wink tagged as a name ("Negotiations", "Discussions") is not a speaker.
 */
export function isSpeaker(view: ClaimsView, np: TokenRange, sentenceStart: number): boolean {
  const { tokens } = view;
  const head: Token = tokens[headOf(tokens, np[0], np[1])]!;
  if (head.pos === 'PRON') return PERSONAL.has(head.normal);
  // "vice-president", "co-founder": the last part of a hyphenated noun names the role.
  const lemma = head.lemma.toLowerCase();
  const last = lemma.slice(lemma.lastIndexOf('-') + 1);
  if (view.lexicon.speakers.has(lemma) || view.lexicon.speakers.has(head.normal) || view.lexicon.speakers.has(last)) return true;
  if (head.pos !== 'PROPN') return false;
  return !(np[0] === sentenceStart && ABSTRACT.test(head.normal));
}

/**
 * The first token of the main clause's verb group before token `at`: the first finite verb of
 * the sentence after an opening adjunct ("In his remarks shared on …, he included …" skips to
 * "included"; with no comma, the first verb after the opening word), with its auxiliaries; -1 when there is none. A participle's speaker is that
 * verb's subject, not the subject of a nearer subordinate clause ("… when the government would
 * sell its stake, saying …" is said by the main clause's subject).
 */
export function mainVerb(view: ClaimsView, floor: number, at: number): number {
  const { tokens } = view;
  let i = floor;
  const first = tokens[floor];
  if (first && (first.pos === 'ADP' || first.pos === 'SCONJ' || first.pos === 'ADV')) {
    while (i < at && tokens[i]!.normal !== ',') i++;
    // "In the statement they expressed …": an adjunct with no comma after it ends at no mark,
    // and the first verb is still the main one.
    i = i < at ? i + 1 : floor + 1;
  }
  for (; i < at; i++) {
    const t = tokens[i]!;
    if (view.opens.has(i)) return -1;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing') && tokens[i - 1]?.normal !== 'to')) {
      if (t.pos === 'VERB' && i > floor && tokens[i - 1]!.pos === 'NOUN' && tokens[i + 1]?.pos === 'ADP' && isParticipleModifier(view, i)) continue;
      return i;
    }
  }
  return -1;
}

/** True for a past participle modifying the noun before it ("remarks shared on Truth Social", "negotiations held in Istanbul"). */
function isParticipleModifier(view: ClaimsView, i: number): boolean {
  const t = view.tokens[i]!;
  return t.normal.endsWith('ed') && !/^(said|told)$/.test(t.normal) && view.tokens.slice(i + 1, i + 8).some((n) => n.pos === 'VERB' || n.pos === 'AUX');
}
