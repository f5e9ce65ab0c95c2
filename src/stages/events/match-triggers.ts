import type { Token } from '../../core/doc.js';
import type { PatternElement, TriggerEntry, VerbDictionary, VerbPattern } from '../../knowledge/verbs/types.js';
import { allowedPatterns } from '../../knowledge/verbs/allowed-patterns.js';
import { headForms } from '../../knowledge/verbs/plural-heads.js';
import { tokenIs, type Clause } from './clauses.js';
import { isPassive, PHRASE_WORDS } from './subjects.js';
import { headlineVerb, pluralSubjectVerb } from './headline-verbs.js';
import { opensTimePhrase } from './time-phrase.js';
import { infinitiveAfterRelative } from './relative-object.js';
import { ASPECTUAL } from './retag.js';
import { candidates } from './trigger-candidates.js';

/** A trigger found in a clause, with the code, mode, context and origin of the pattern that matched it. */
export interface TriggerMatch extends Pick<VerbPattern, 'code' | 'plover' | 'mode' | 'context' | 'reciprocal' | 'converse' | 'swapped' | 'specificity' | 'origin'> {
  readonly kind: 'verb' | 'noun';
  /** Head token index and the trigger's token range `[start, end)` (multi-word triggers). */
  readonly head: number;
  readonly start: number;
  readonly end: number;
  /** Tokens the pattern used after the trigger: nominal triggers there belong to this event. */
  readonly used: readonly number[];
}

/** The first token after a match and the pattern words it used after the trigger ("accused Chile of" ends after "of"). */
export function afterMatch(m: TriggerMatch): number { return Math.max(m.end, (m.used[m.used.length - 1] ?? -1) + 1); }

/** How far before a verb (and a nominal) pattern words are looked for. */
const PRE_WINDOW = { verb: 8, noun: 3 } as const;
/** How far after the trigger pattern words are looked for. */
const POST_WINDOW = 14;

/** Parts of speech a trigger of each kind may carry (headline case makes wink tag nouns PROPN). */
const KIND_POS = { verb: new Set(['VERB']), noun: new Set(['NOUN', 'PROPN']) } as const;

/**
 * The best trigger at token `i`, or undefined. Dictionaries are tried in rank order; within a rank
 * the most specific matching pattern wins, and a trigger's own code is used when no pattern
 * matches. A matching null pattern (`---`) blocks weaker readings: it returns undefined.
 */
export function matchTrigger(tokens: readonly Token[], i: number, clause: Clause, dictionary: VerbDictionary, present: ReadonlySet<string>): TriggerMatch | undefined {
  const entries = candidates(tokens[i]!, dictionary);
  if (entries.length === 0 || premodifier(tokens, i) || beginsAnAct(tokens, i)) return undefined;
  let chosen: { match: TriggerMatch | null; specificity: number } | undefined;
  let chosenRank = Infinity;
  let chosenLength = 1;
  for (const entry of entries) {
    if (entry.rank > chosenRank) break;
    const posFits = KIND_POS[entry.block.kind].has(tokens[i]!.pos) || (entry.block.kind === 'verb' && (headlineVerb(tokens, i, clause) || pluralSubjectVerb(tokens, i, clause)));
    // "The intelligence sharing between Jordan and the United States": a compound nominal's "-ing" head the tagger reads as a verb.
    const gerundHead = !posFits && entry.block.kind === 'noun' && tokens[i]!.pos === 'VERB' && tokens[i]!.normal.endsWith('ing');
    if (!posFits && !gerundHead) continue;
    const span = triggerSpan(tokens, i, entry, clause);
    if (!span || (gerundHead && span.start >= i)) continue;
    const found = bestPattern(tokens, span, clause, entry, present);
    // At equal specificity a multi-word trigger is the reading meant ("backed down" yields, "backed" alone supports).
    if (found && (!chosen || found.specificity > chosen.specificity || (found.specificity === chosen.specificity && span.end - span.start > chosenLength))) {
      chosen = found;
      chosenLength = span.end - span.start;
      chosenRank = entry.rank;
    }
  }
  return chosen?.match ?? undefined;
}

/** Is the word at `i` a verb of beginning whose "-ing" verb after it is the act ("began trading oil through a pipeline": the trading, not a pipeline begun)? */
function beginsAnAct(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.pos === 'VERB' && next.normal.endsWith('ing') && ASPECTUAL.has(tokens[i]!.lemma.toLowerCase());
}

/** Articles and number words that open a noun phrase a participle may premodify. */
const PHRASE_OPENERS = new Set(['the', 'a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'several', 'some']);

/**
 * Is the past participle at `i` an adjective inside a noun phrase, not a verb: after an article or a
 * number word and before the phrase's noun ("freed three kidnapped oil workers", "the detained
 * journalists")? The tagger reads such participles as verbs.
 */
function premodifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB' && t.normal.endsWith('ing') && listedAdjective(tokens, i)) return true;
  return t.pos === 'VERB' && t.normal.endsWith('ed') && PHRASE_OPENERS.has(tokens[i - 1]?.normal ?? '') && PHRASE_WORDS.has(tokens[i + 1]?.pos ?? '');
}

/**
 * Is the "-ing" word at `i` the last of a list of adjectives before a noun ("the basic, supporting
 * sectors of the economy")? An adjective and a comma stand before it, a noun after it.
 */
function listedAdjective(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.normal === ',' && tokens[i - 2]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'NOUN';
}

/** Could the token be a trigger at all (a cheap test before matching)? */
export function hasEntries(token: Token, dictionary: VerbDictionary): boolean {
  const { normal, lemma } = token;
  // The surface form as a head or a head's naive plural in one lookup: most words are neither, and are done here.
  if (headForms(dictionary).has(normal)) return true;
  // A lemma equal to the lower-case surface form was just looked up: most words' lemmas are.
  if (lemma === normal) return false;
  const heads = dictionary.byHead;
  return heads.has(lemma) || heads.has(lemma.toLowerCase());
}

/** The trigger's token range when its fixed words before and after the head are present. */
function triggerSpan(tokens: readonly Token[], i: number, entry: TriggerEntry, clause: Clause): { head: number; start: number; end: number } | undefined {
  const { before, after } = entry.trigger;
  const start = i - before.length;
  const end = i + 1 + after.length;
  if (start < clause.start || end > clause.end) return undefined;
  for (let k = 0; k < before.length; k++) if (!tokenIs(tokens[start + k]!, before[k]!)) return undefined;
  for (let k = 0; k < after.length; k++) if (!tokenIs(tokens[i + 1 + k]!, after[k]!)) return undefined;
  return { head: i, start, end };
}

/** The most specific pattern of the entry's block that matches; null for a null code; undefined when nothing applies. */
function bestPattern(
  tokens: readonly Token[],
  span: { head: number; start: number; end: number },
  clause: Clause,
  entry: TriggerEntry,
  present: ReadonlySet<string>,
): { match: TriggerMatch | null; specificity: number } | undefined {
  const { block, trigger } = entry;
  const patterns = block.patterns;
  const preFrom = Math.max(clause.start, span.start - PRE_WINDOW[block.kind]);
  const postTo = Math.min(clause.end, span.end + POST_WINDOW);
  const allowed = allowedPatterns(block, present);
  // "allow 13,000 refugees who fled the fighting … to return home": a verb's object infinitive past a relative clause on the object.
  const beyond = block.kind === 'verb' && clause.end < tokens.length ? infinitiveAfterRelative(tokens, clause) : -1;
  // Patterns are sorted most specific first (buildDictionary), so the first that matches is the best.
  for (let index = allowed ? allowed.lo : 0, last = allowed ? allowed.hi : patterns.length; index < last; index++) {
    if (allowed && allowed.marks[index] === 0) continue;
    const pattern = patterns[index]!;
    if (!possible(pattern.pre, present) || !possible(pattern.post, present)) continue;
    const nouns = pattern.nounsOnly === true;
    if (!inOrder(tokens, pattern.pre, preFrom, span.start, nouns)) continue;
    const used: number[] = [];
    if (!inOrder(tokens, pattern.post, span.end, postTo, nouns, used) && !passiveObject(tokens, span, clause, pattern, nouns) && !relativeInfinitive(tokens, pattern.post, beyond, nouns, used)) continue;
    if (pattern.code === '---') return { match: null, specificity: pattern.specificity };
    return { specificity: pattern.specificity, match: patternMatch(block.kind, span, pattern, trigger, used) };
  }
  if (trigger.code === null) return undefined;
  return { specificity: -1, match: triggerMatch(block.kind, span, trigger, trigger.code) };
}

/** A trigger match as the properties are written: optional ones only when set (the hot path builds no spreads). */
type MatchFields = { -readonly [K in keyof TriggerMatch]: TriggerMatch[K] };

/** The match of a pattern at the span, with the trigger's mode when the pattern names none. */
function patternMatch(kind: 'verb' | 'noun', span: { head: number; start: number; end: number }, pattern: VerbPattern, trigger: TriggerEntry['trigger'], used: readonly number[]): TriggerMatch {
  const m: MatchFields = {
    kind, head: span.head, start: span.start, end: span.end, code: pattern.code, reciprocal: pattern.reciprocal || trigger.reciprocal,
    specificity: pattern.specificity, origin: pattern.origin, used,
  };
  const mode = pattern.mode ?? trigger.mode;
  if (pattern.plover !== undefined) m.plover = pattern.plover;
  if (mode !== undefined) m.mode = mode;
  if (pattern.context !== undefined) m.context = pattern.context;
  if (pattern.converse !== undefined) m.converse = pattern.converse;
  if (pattern.swapped) m.swapped = true;
  return m;
}

/** The match of a trigger alone (no pattern matched), with its own code. */
function triggerMatch(kind: 'verb' | 'noun', span: { head: number; start: number; end: number }, trigger: TriggerEntry['trigger'], code: string): TriggerMatch {
  const m: MatchFields = { kind, head: span.head, start: span.start, end: span.end, code, reciprocal: trigger.reciprocal, specificity: 0, origin: trigger.origin, used: [] };
  if (trigger.plover !== undefined) m.plover = trigger.plover;
  if (trigger.mode !== undefined) m.mode = trigger.mode;
  if (trigger.converse !== undefined) m.converse = trigger.converse;
  if (trigger.swapped) m.swapped = true;
  return m;
}

/** Prepositions that open a pattern's words after the verb: they stay after it in a passive too ("was warned of retaliation"). */
const PREPOSITIONS = new Set(['to', 'of', 'with', 'from', 'on', 'in', 'into', 'against', 'for', 'by', 'off', 'out', 'over', 'at', 'about', 'as', 'up']);

/**
 * Does a verb pattern's object stand before the verb as the subject of a passive with its "by"
 * agent ("A Greek oil tanker was seized by Iran")? Only patterns with no words before the verb and
 * whose words after it name the object itself, not a preposition's. Without an agent the act's
 * source is unknown ("when agreements were signed" is not the clause subject's act).
 */
function passiveObject(tokens: readonly Token[], span: { start: number; end: number }, clause: Clause, pattern: VerbPattern, nouns: boolean): boolean {
  // The agent test first: it is the cheapest and fails for almost every verb.
  // Forces and weapons moved need no agent: "Greek navy vessels were dispatched" is their owner's move (the roles read it so).
  if (!agentAhead(tokens, span.end, clause.end) && !pattern.code.startsWith(MOBILIZE)) return false;
  if (pattern.pre.length > 0 || pattern.post.length === 0) return false;
  if (pattern.post[0]!.some((run) => PREPOSITIONS.has(run[0]!))) return false;
  return isPassive(tokens, span.start, clause.start) && inOrder(tokens, pattern.post, clause.start, span.start, nouns);
}

/** CAMEO's root of military posturing (15, PLOVER MOBILIZE). */
const MOBILIZE = '15';
/** How many tokens of a place phrase may stand between a passive verb and its "by" agent ("was imposed in the Amhara region by …"). */
const AGENT_REACH = 6;
/** Parts of speech of a place phrase before a passive's agent. */
const PLACE_PHRASE = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * Does a "by" agent follow the verb ending at `end`: right after it, after one word, or after a
 * place phrase of nouns and prepositions ("A curfew was imposed in the Amhara region by the
 * Ethiopian government")? Not across a verb, a comma or a conjunction, where the "by" is another act's.
 */
function agentAhead(tokens: readonly Token[], end: number, clauseEnd: number): boolean {
  if (tokens[end]?.normal === 'by' || tokens[end + 1]?.normal === 'by') return true;
  if (tokens[end]?.pos !== 'ADP') return false;
  for (let k = end + 1; k < Math.min(clauseEnd, end + AGENT_REACH + 1); k++) {
    if (tokens[k]!.normal === 'by') return true;
    if (!PLACE_PHRASE.has(tokens[k]!.pos)) return false;
  }
  return false;
}

/** Can the elements occur at all: does the sentence hold a first word of some alternative of each? (A cheap filter before `inOrder`.) */
function possible(elements: readonly PatternElement[], present: ReadonlySet<string>): boolean {
  for (const element of elements) {
    let any = false;
    for (const run of element) if (present.has(run[0]!)) { any = true; break; }
    if (!any) return false;
  }
  return true;
}

/** The words a sentence holds, in every form `tokenIs` accepts: the filter `possible` reads it. */
export function wordsOf(tokens: readonly Token[], first: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let i = first; i < end; i++) {
    const { normal, lemma } = tokens[i]!;
    words.add(normal);
    // A lemma equal to the lower-case surface form adds nothing: most words' lemmas are.
    if (lemma !== normal) {
      words.add(lemma);
      const lower = lemma.toLowerCase();
      if (lower !== lemma) words.add(lower);
    }
    if (normal.length > 3 && normal.endsWith('s')) words.add(normal.slice(0, -1));
  }
  return words;
}

/** Do the elements occur in order within `[from, to)` (verbs skipped when `nounsOnly`)? Records matched token indices in `used`. */
function inOrder(tokens: readonly Token[], elements: readonly PatternElement[], from: number, to: number, nounsOnly: boolean, used?: number[]): boolean {
  let at = from;
  for (const element of elements) {
    let found = -1;
    let length = 0;
    for (let p = at; p < to && found < 0; p++) {
      for (const run of element) {
        if (p + run.length <= to && runAt(tokens, p, run, nounsOnly) && !timeOnly(tokens, p, run)) {
          found = p;
          length = run.length;
          break;
        }
      }
    }
    if (found < 0) return false;
    if (used) for (let k = 0; k < length; k++) used.push(found + k);
    at = found + length;
  }
  return true;
}

/** Is the pattern's post part the one verb at `at`, the object's infinitive past a relative clause (-1: none)? A partial match before it is dropped. */
function relativeInfinitive(tokens: readonly Token[], post: readonly PatternElement[], at: number, nounsOnly: boolean, used: number[]): boolean {
  if (at < 0) return false;
  used.length = 0;
  return inOrder(tokens, post, at, at + 1, nounsOnly, used);
}

/** Do the run's words stand at `p` (no verb among them when `nounsOnly`)? A plain loop: this is the matcher's innermost test. */
function runAt(tokens: readonly Token[], p: number, run: readonly string[], nounsOnly: boolean): boolean {
  for (let k = 0; k < run.length; k++) {
    const t = tokens[p + k]!;
    if (!tokenIs(t, run[k]!) || (nounsOnly && t.pos === 'VERB')) return false;
  }
  return true;
}

/** Is the run a lone preposition that opens a date rather than the target's phrase ("fired on Monday")? */
function timeOnly(tokens: readonly Token[], p: number, run: readonly string[]): boolean {
  return run.length === 1 && PREPOSITIONS.has(run[0]!) && opensTimePhrase(tokens, p);
}
