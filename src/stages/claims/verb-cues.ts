import type { Token } from '../../core/doc.js';
import { PERSONAL } from './chunker.js';
import type { VerbCue } from './lexicon.js';
import type { ClaimsView } from './view.js';

/** A reporting verb found in a sentence, with the auxiliaries, negation and adverb before it. */
export interface VerbCueHit {
  /** First token of the cue ("has" of "has indicated"). */
  readonly first: number;
  /** The reporting verb itself. */
  readonly verb: number;
  /** Exclusive end of the cue (after the particle of "ruled out", "went on record"). */
  readonly end: number;
  readonly cue: VerbCue;
  readonly negated: boolean;
  /** "it was reported that", "… was announced by …". */
  readonly passive: boolean;
  /** "…, asserting he could …": an -ing form with no auxiliary. */
  readonly participle: boolean;
}

/** Modals of obligation before an adjective cue. */
const OBLIGATION = new Set(['should', 'must', 'ought']);
const NEGATION = new Set(['not', "n't", 'never']);
const BE = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'m", '’m', "'re", '’re']);
const THIRD_PERSON = /^(.+?)(?:e?s)$/;
const CLAUSE_OPENERS = new Set(['that', 'PRON', 'DET', 'PROPN', 'AUX']);
/** Subjects of a base-form verb: "Many say", "We think", "They claim". */
const BASE_SUBJECTS = new Set(['i', 'we', 'they', 'you', 'many', 'some', 'others', 'most', 'several', 'few', 'both']);

/**
 * The reporting verbs of sentence `s`, in order. A verb is a cue when wink tags it VERB and its
 * lemma is in the lexicon, with the particle a phrasal cue needs ("ruled out", not "ruled"); an
 * adjective of belief after "be" is one too ("is confident that", "am sure");
 * also a third-person form wink mistags as a noun after a name, a pronoun or a singular noun
 * phrase ("whom Ukraine claims were abducted", "The militia claims the villagers …"), before a
 * clause, but not a noun after a determiner or genitive ("the claims", "Ukraine's claims").
 */
export function verbCues(view: ClaimsView, s: number): VerbCueHit[] {
  const { tokens, lexicon } = view;
  const sentence = view.sentences[s]!;
  const hits: VerbCueHit[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    // "convinced", "concerned": participles used as adjectives may be tagged VERB.
    const adjective = t.pos === 'ADJ' || t.pos === 'VERB' ? lexicon.adjectives.get(t.normal) : undefined;
    const cue = adjective ?? (t.pos === 'VERB' ? lexicon.verbs.get(t.lemma) : t.pos === 'NOUN' ? mistaggedVerb(view, i, sentence.firstToken) : undefined);
    if (!cue) continue;
    let end = i + 1;
    if (cue.particle) {
      if (end + cue.particle.length > sentence.endToken || cue.particle.some((word, k) => tokens[end + k]!.normal !== word)) continue;
      end += cue.particle.length;
    }
    let first = i;
    let negated = false;
    let passive = false;
    let aux = false;
    while (first > sentence.firstToken) {
      const p = tokens[first - 1]!;
      if (p.pos === 'AUX' || NEGATION.has(p.normal) || (p.pos === 'ADV' && p.normal.endsWith('ly') && first === i)) {
        first--;
        if (NEGATION.has(p.normal)) negated = true;
        if (p.pos === 'AUX') aux = true;
        if (BE.has(p.normal) && !t.normal.endsWith('ing')) passive = true;
      } else break;
    }
    // "I am confident that …": an adjective is a cue only after "be", and never passive.
    // "the state should be certain that …" is an obligation, not a belief held.
    if (adjective && (!tokens.slice(first, i).some((p) => p.pos === 'AUX' && BE.has(p.normal)) || tokens.slice(first, i).some((p) => OBLIGATION.has(p.normal)))) continue;
    if (adjective) passive = false;
    const participle = !aux && t.normal.endsWith('ing');
    hits.push({ first, verb: i, end, cue, negated, passive, participle });
  }
  return hits;
}

/**
 * The verb cue of a base form that wink tagged as a noun right after a plural or first-person
 * subject and before "that", a colon or a comma and a quotation ("Many say, “…”", "We think
 * that …"), or undefined.
 */
function mistaggedBase(view: ClaimsView, i: number): VerbCue | undefined {
  const { tokens, lexicon } = view;
  const cue = lexicon.verbs.get(tokens[i]!.normal);
  const after = tokens[i + 1];
  if (!cue || cue.particle || !BASE_SUBJECTS.has(tokens[i - 1]!.normal) || !after) return undefined;
  return after.normal === 'that' || after.normal === ':' || (after.normal === ',' && view.opens.has(i + 2)) ? cue : undefined;
}

/** The verb cue of a third-person verb form that wink tagged as a noun, or undefined. */
function mistaggedVerb(view: ClaimsView, i: number, floor: number): VerbCue | undefined {
  const { tokens, lexicon } = view;
  const t = tokens[i]!;
  if (t.pos !== 'NOUN' || i === floor) return undefined;
  if (!t.normal.endsWith('s')) return mistaggedBase(view, i);
  const stem = THIRD_PERSON.exec(t.normal)?.[1];
  const cue = stem === undefined ? undefined : (lexicon.verbs.get(stem) ?? lexicon.verbs.get(`${stem}e`) ?? lexicon.verbs.get(t.normal.slice(0, -1)));
  if (!cue || cue.particle) return undefined;
  const before: Token = tokens[i - 1]!;
  const after: Token | undefined = tokens[i + 1];
  const determined = before.pos === 'NOUN' && !before.normal.endsWith('s') && i - 1 > floor && ['DET', 'PROPN', 'ADJ'].includes(tokens[i - 2]!.pos);
  const subjectLike = before.pos === 'PROPN' || (before.pos === 'PRON' && PERSONAL.has(before.normal)) || determined;
  const clauseNext = after !== undefined && (after.normal === 'that' || CLAUSE_OPENERS.has(after.pos) || view.opens.has(i + 1));
  // "A statement on …, the homepage of which …, states: “…”": after a parenthetical, before a quotation.
  const quotedAfterParenthetical = before.normal === ',' && after?.normal === ':' && view.opens.has(i + 2);
  return (subjectLike && clauseNext) || quotedAfterParenthetical ? cue : undefined;
}
