import type { Token } from '../../core/doc.js';
import { dateComma } from './date-comma.js';
import { QUOTE_MARKS } from '../../text/quote-marks.js';

/** How a clause hangs on the sentence: decides where its subject is found when it names none. */
export type ClauseKind = 'main' | 'relative' | 'sub' | 'coord' | 'participle' | 'resumed';

/** A clause: tokens `[start, end)` (indices into the document's tokens). */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly kind: ClauseKind;
}

/** Punctuation that closes a clause. */
const BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', ...QUOTE_MARKS, '[', ']']);
/** Relative pronouns: the clause's subject is the noun phrase before them. */
const RELATIVE = new Set(['who', 'whom', 'which', 'whose', 'where']);
/** Subordinators that open a clause with a subject of its own. */
const SUBORDINATE = new Set(['while', 'though', 'although', 'because', 'if', 'unless', 'whereas', 'whether', 'after', 'before', 'when', 'since', 'that']);
/** Subordinators that are never prepositions: they open a clause whatever tag the tagger gives them ("unless" often comes out ADP). */
const ALWAYS_SUBORDINATE = new Set(['though', 'although', 'if', 'unless', 'whereas', 'whether']);
/** Words that are prepositions before a noun phrase but subordinators before a clause ("after the talks" / "after Kinshasa signed the accord"). */
const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'as']);
/** Tags of the words a clause's subject may have ("Taipei's new president", "they", "the two sides"). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Tags of a subject's head. */
const SUBJECT_HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
/** The possessive particle, which stays inside a subject ("Taipei's president"). */
const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
/** How many words a subordinate clause's subject may have before its verb. */
const SUBJECT_REACH = 7;
/** Words after "as" that make it part of a fixed phrase, not a subordinator ("as well as", "as many as"). */
const AS_PHRASES = new Set(['well', 'many', 'much', 'part', 'far', 'long', 'soon', 'such']);

/**
 * Does the word at `i` open a finite clause: a preposition-like subordinator ("after", "before",
 * "as") followed by a subject and its verb ("after the United States sent warships", "as they tried
 * to march")? The tagger reads these words as prepositions, which makes the clause's subject look
 * like a prepositional object.
 */
export function opensClause(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i]!;
  if (!CLAUSE_PREPOSITIONS.has(t.normal) || (t.pos !== 'ADP' && t.pos !== 'SCONJ')) return false;
  if (t.normal === 'as' && (AS_PHRASES.has(tokens[i + 1]?.normal ?? '') || AS_PHRASES.has(tokens[i - 1]?.normal ?? ''))) return false;
  let head = false;
  for (let k = i + 1; k < end && k <= i + SUBJECT_REACH; k++) {
    const w = tokens[k]!;
    // "after the meeting the presidents answered": a second article starts another noun phrase; the first was the preposition's object.
    if (w.pos === 'DET' && head) return false;
    if (SUBJECT_HEADS.has(w.pos)) head = true;
    else if ((w.pos === 'VERB' || w.pos === 'AUX') && !w.normal.endsWith('ing')) return head;
    // "Taipei's president", "Russian-backed forces": a possessive or a hyphen stays inside the subject.
    else if (!SUBJECT_WORDS.has(w.pos) && !POSSESSIVES.has(w.normal) && w.normal !== '-') return false;
  }
  return false;
}

/** Does a word, whatever its case or inflection, equal `word` (a lower-case lemma or surface form)? */
export function tokenIs(token: Token, word: string): boolean {
  const { normal, lemma } = token;
  // Lengths first, so the lower-cased lemma is built only when it could match, and the naive singular
  // is compared in place, never built: this runs for every pattern word at every position of a trigger's window.
  return normal === word || lemma === word || (lemma.length === word.length && lemma.toLowerCase() === word)
    || (normal.length > 3 && normal.length === word.length + 1 && normal.endsWith('s') && normal.startsWith(word));
}

/**
 * Splits a sentence into clauses at clause punctuation, relative pronouns, subordinators and
 * coordinations of verb phrases. Crude (no parser), but enough to keep a verb's arguments apart from
 * the next verb's; compounds such as "Arnor, Gondor and Rohan" are re-joined by the actor finder.
 */
export function splitClauses(tokens: readonly Token[], first: number, end: number): Clause[] {
  const clauses: Clause[] = [];
  let start = first;
  let kind: ClauseKind = 'main';
  const close = (at: number): void => {
    if (at > start) clauses.push({ start, end: at, kind });
  };
  // Whether the relative clause being read has had its own verb (a second finite verb ends it), and whether the main clause
  // can no longer resume in it: its verb reports speech or thought ("who said the troops attacked"), a subordinate or a
  // coordinated clause has begun inside it, or it hangs on no noun ("said that …").
  let relativeVerb = false;
  let blocked = false;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (kind === 'relative' && i > start && !blocked) {
      if (relativeVerb && resumesMain(tokens, i)) {
        // "Serbian students who blame the government for the collapse blocked roads": the main clause goes on.
        close(i);
        start = i;
        kind = 'resumed';
      } else if (t.pos === 'VERB') {
        relativeVerb = true;
        blocked = REPORTING.has(t.lemma.toLowerCase());
      } else if (relativeVerb && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || INNER_OPENERS.has(t.normal))) {
        blocked = true;
      }
    }
    const aside = t.normal === '(' ? asideEnd(tokens, i, end) : -1;
    if (aside >= 0) {
      // "The Hizbollah (Party of God) group declared", "Association (AKK) officials demanded": a short aside stays in its clause.
      i = aside;
    } else if (t.pos === 'PUNCT' && BREAKS.has(t.normal) && !(t.normal === ',' && inPhraseComma(tokens, i))) {
      close(i);
      start = i + 1;
      relativeVerb = false;
      blocked = !nominalBefore(tokens, i);
      kind = next && next.pos === 'VERB' && next.normal.endsWith('ing') ? 'participle' : kind === 'main' ? 'main' : 'sub';
      if (next && next.pos === 'VERB' && !next.normal.endsWith('ing')) kind = 'coord';
      if (next && RELATIVE.has(next.normal)) kind = 'relative';
    } else if (i > start && (RELATIVE.has(t.normal) || (t.normal === 'that' && (t.pos === 'PRON' || tokens[i - 1]!.pos === 'NOUN') && !afterHearer(tokens, i, start) && !COMPLEMENT_NOUNS.has(tokens[i - 1]!.lemma.toLowerCase())))) {
      close(i);
      start = i;
      kind = 'relative';
      relativeVerb = false;
      blocked = !nominalBefore(tokens, i);
    } else if (i > start && ((SUBORDINATE.has(t.normal) && (t.pos === 'SCONJ' || t.normal === 'that' || ALWAYS_SUBORDINATE.has(t.normal))) || opensClause(tokens, i, end))) {
      close(i);
      start = i;
      kind = 'sub';
    } else if (i > start && t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) {
      close(i);
      start = i + 1;
      kind = 'coord';
    }
  }
  close(end);
  return clauses;
}

/** Verbs of saying and thinking: what follows them in a relative clause is their complement ("who said the troops attacked"), not the main clause. */
const REPORTING = new Set(['say', 'tell', 'claim', 'believe', 'think', 'report', 'allege', 'insist', 'argue', 'fear', 'warn', 'know', 'hope', 'expect', 'suspect', 'add', 'note', 'announce', 'state', 'confirm', 'deny', 'suggest', 'show', 'mean', 'feel', 'assert']);
/** Words that open a clause inside a relative clause ("which was violated back when Crimea … were sundered"). */
const INNER_OPENERS = new Set(['when', 'where', 'while', 'whether', 'if', 'because', 'that', 'which', 'who']);
/** Nouns whose "that" opens what they hold, not a relative clause ("expressed confidence that …", "the fact that …"). */
const COMPLEMENT_NOUNS = new Set(['fact', 'certainty', 'confidence', 'hope', 'belief', 'view', 'opinion', 'conviction', 'assurance', 'idea', 'evidence', 'news',
  'claim', 'statement', 'assumption', 'impression', 'understanding', 'notion', 'doubt', 'fear', 'concern', 'sign', 'proof', 'possibility', 'likelihood', 'guarantee', 'warning']);
/** Past participles that are mostly adjectives before a noun ("related challenges", "armed groups"). */
const ADJECTIVAL = new Set(['related', 'based', 'linked', 'armed', 'united', 'concerned', 'involved', 'affected', 'advanced', 'developed', 'limited', 'detailed', 'qualified', 'skilled', 'so-called', 'continued', 'increased', 'reduced']);

/** Does a noun, pronoun or demonstrative (an antecedent: "those who …") end right before `i`, over a comma? */
function nominalBefore(tokens: readonly Token[], i: number): boolean {
  const k = tokens[i - 1]?.normal === ',' ? i - 2 : i - 1;
  const pos = tokens[k]?.pos;
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'DET';
}

/** Tags that may open the object of a main verb that resumes after a relative clause. */
const RESUMED_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ', 'VERB', 'ADV', 'PART']);

/**
 * Does the word at `i`, inside a restrictive relative clause that has had its verb, resume the main
 * clause: a finite verb or auxiliary right after the relative clause's last noun ("students who blame
 * the government for the collapse of a canopy blocked roads", "an American who had been held for two
 * years was freed")? A participle before a preposition is a reduced relative instead ("officials
 * accused of corruption").
 */
function resumesMain(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return false;
  if (t.pos === 'AUX') return t.normal !== 'to';
  // "the joint statement made recently by …": a participle with a "by" agent is a reduced relative, not the main verb.
  if (tokens[i + 1]?.normal === 'by' || tokens[i + 2]?.normal === 'by' || ADJECTIVAL.has(t.normal)) return false;
  return t.pos === 'VERB' && !t.normal.endsWith('ing') && t.normal !== t.lemma.toLowerCase() && RESUMED_OBJECT.has(tokens[i + 1]?.pos ?? '');
}

/** Verbs whose object is a hearer and whose "that" after it opens what was said ("told his Chinese counterpart that …"). */
const TELLING = new Set(['tell', 'inform', 'assure', 'notify', 'remind', 'warn', 'convince', 'persuade', 'brief']);
/** Tags of the words of a noun phrase: a hearer ("his Chinese counterpart", "the UN Security Council"), a subject ("the Israeli army"). */
export const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/** Is the "that" at `i` right after the object of a verb of telling: what was told, not a relative clause? */
function afterHearer(tokens: readonly Token[], i: number, from: number): boolean {
  let k = i - 1;
  while (k > from && NOUN_PHRASE_TAGS.has(tokens[k]!.pos)) k--;
  return k < i - 1 && tokens[k]!.pos === 'VERB' && TELLING.has(tokens[k]!.lemma.toLowerCase());
}

/** How many words a parenthesis may hold and still be an aside (an acronym, a translation, a gloss). */
const ASIDE_WORDS = 5;

/** The index of the ")" closing a short aside opened at `open`, with no verb or clause punctuation inside; -1 otherwise. */
function asideEnd(tokens: readonly Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k <= open + ASIDE_WORDS + 1; k++) {
    const t = tokens[k]!;
    if (t.normal === ')') return k > open + 1 ? k : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && BREAKS.has(t.normal))) return -1;
  }
  return -1;
}

/** How far a list of nouns may run after a comma before its "and". */
const LIST_REACH = 8;

/**
 * Is the comma at `k` one of a list of common nouns closed by "and"/"or" ("launched artillery,
 * mortar, and rocket fire against …"), not a clause break ("killing about 20 people, relief officials said")?
 */
export function nounList(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.pos !== 'NOUN') return false;
  for (let j = k + 1; j < k + 1 + LIST_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'CCONJ') return tokens[j + 1]?.pos === 'NOUN' || tokens[j + 1]?.pos === 'ADJ';
    if (t.pos !== 'NOUN' && t.normal !== ',') return false;
  }
  return false;
}

/** Is the comma at `k` between coordinate adjectives of one noun ("restore complete, full diplomatic ties", "a long, bloody war")? */
function adjectiveList(tokens: readonly Token[], k: number): boolean {
  // The tagger reads some adjectives before an adjective as adverbs ("full diplomatic ties").
  const modifier = (t: Token | undefined): boolean => t?.pos === 'ADJ' || t?.pos === 'ADV';
  if (tokens[k - 1]?.pos !== 'ADJ' || !modifier(tokens[k + 1])) return false;
  let j = k + 1;
  while (j < tokens.length && modifier(tokens[j])) j++;
  return tokens[j]?.pos === 'NOUN' && tokens[j - 1]!.pos === 'ADJ';
}

/** Is the comma at `k` inside a noun phrase (a list of nouns closed by "and", or of coordinate adjectives) or a date, not a clause break? */
export function inPhraseComma(tokens: readonly Token[], k: number): boolean {
  return nounList(tokens, k) || adjectiveList(tokens, k) || dateComma(tokens, k);
}

/**
 * The opening noun phrase and the clause that resumes it after an aside set off by commas, as one
 * span: "Martial law, which was imposed in 1989, was lifted by the government", "The embargo, imposed
 * in 1990, was eased by …". Trigger patterns look for their subject's words there; undefined when
 * clause `index` resumes no such phrase (it does not open with a finite verb or auxiliary after a
 * comma, or the sentence does not open with a verbless noun phrase followed by comma-set asides).
 */
export function resumedSpan(tokens: readonly Token[], clauses: readonly Clause[], index: number): Clause | undefined {
  const [first, clause] = [clauses[0], clauses[index]];
  if (!first || !clause || index < 2 || tokens[clause.start - 1]?.normal !== ',' || tokens[clauses[1]!.start - 1]?.normal !== ',') return undefined;
  const opener = tokens[clause.start]!;
  if (opener.pos !== 'AUX' && (opener.pos !== 'VERB' || opener.normal.endsWith('ing'))) return undefined;
  let head = false;
  for (let k = first.start; k < first.end; k++) {
    const pos = tokens[k]!.pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ' || pos === 'ADP') return undefined;
    if (pos === 'NOUN' || pos === 'PROPN') head = true;
  }
  return head ? { start: first.start, end: clause.end, kind: clause.kind } : undefined;
}
