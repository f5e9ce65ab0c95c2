import type { Token } from '../../core/doc.js';
import { lookupCode, type CodeTable } from '../../knowledge/verbs/code-table.js';
import { readiedForce } from './force-posture.js';
import type { DraftEvent } from './merge.js';
import { ASPECTUAL } from './retag.js';
import { MODAL } from './tense-words.js';

/** CAMEO "boycott": announced, it is a threat. */
const BOYCOTT = '143';

/**
 * CAMEO's intents to yield (035x; 034 for political reform), by the yielding code that is promised:
 * "will evacuate all settlements", "is willing to withdraw its troops", "is prepared to lift the ban".
 */
const FUTURE_YIELD: Readonly<Record<string, string>> = {
  '080': '035', '081': '0351', '082': '0352', '083': '034', '084': '0353', '085': '0354', '086': '0355', '087': '0356',
};

/** CAMEO "demonstrate military or police power" (PLOVER MOBILIZE). */
const FORCE_POSTURE = '150';
/** CAMEO "return, release": persons or property freed. */
const RELEASE = '084';
/** PLOVER RETREAT's mode for an official's resignation. */
const RESIGN = 'resign';

/** Auxiliaries of a bare future: "will withdraw", "said it would ease". */
const WILL = new Set(['will', "'ll", 'would', 'shall']);
/** Words an auxiliary may stand before the trigger over ("will soon withdraw", "would also ease"). */
const BETWEEN = new Set(['ADV', 'PART']);

/**
 * Is the trigger a bare future ("announced it would withdraw its troops") or an act decided ("decided to lift"), not a stated willingness
 * ("is prepared to lift", "offered to release")? The PLOVER manual files declarations of withdrawals
 * and ceasefires and promised easings under CONCEDE, and leaves future RETREAT and CONCEDE as they
 * are rather than AGREE; a willingness or offer to yield is AGREE ("indicate willingness").
 */
function declared(tokens: readonly Token[] | undefined, d: DraftEvent): boolean {
  if (!tokens || d.tokens.length === 0) return false;
  let k = d.tokens[0]! - 1;
  while (k >= 0 && BETWEEN.has(tokens[k]!.pos) && tokens[k]!.normal !== 'not') k--;
  // "will begin withdrawing its troops": the future of the verb of beginning is the gerund's.
  if (k >= 0 && k === d.tokens[0]! - 1 && tokens[k + 1]!.normal.endsWith('ing') && ASPECTUAL.has(tokens[k]!.lemma.toLowerCase())) k--;
  while (k >= 0 && BETWEEN.has(tokens[k]!.pos) && tokens[k]!.normal !== 'not') k--;
  // "decided to lift the curfew", "has decided to withdraw its troops": a decision taken declares the act as a bare future does.
  return k >= 0 && (WILL.has(tokens[k]!.normal) || (decisionTaken(tokens, k) && tokens[k + 1]?.normal === 'to'));
}

/**
 * Is the word at `k` a decision taken: "decided", "has decided", not one still open ("could decide", "is expected to decide",
 * "must decide", "may have decided")?
 */
function decisionTaken(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.normal !== 'decided') return false;
  const before = tokens[k - 1]?.normal === 'have' ? tokens[k - 2] : tokens[k - 1];
  return !before || !MODAL.has(before.normal);
}

/** Words that make what follows a condition ("unless Paris halts its support", "if Ankara does not withdraw"). */
const CONDITIONS = new Set(['if', 'unless', 'until']);
/** How far after the trigger a condition is looked for, within its sentence. */
const CONDITION_REACH = 25;

/** Relative pronouns after "any" and a noun that make a class of whoever may do something a condition ("any country that recognises …"). */
const RELATIVES = new Set(['that', 'which', 'who']);

/**
 * Does a condition follow the trigger in its sentence ("would block aid to Turkey if Ankara does not withdraw"), or
 * a class of whoever may do something ("would cut trade ties with any country that recognised the killings as genocide")?
 */
function conditional(tokens: readonly Token[] | undefined, d: DraftEvent): boolean {
  if (!tokens || d.tokens.length === 0) return true;
  const from = d.tokens[0]!;
  for (let k = from + 1; k < Math.min(tokens.length, from + CONDITION_REACH); k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[from]!.sentence) return false;
    if (CONDITIONS.has(t.normal)) return true;
    if (t.normal === 'any' && tokens[k + 1]?.pos === 'NOUN' && RELATIVES.has(tokens[k + 2]?.normal ?? '')) return true;
  }
  return false;
}

/** Verbs that commit to what their infinitive says ("agreed to lift", "promised to reopen"). */
const COMMITTING = new Set(['agree', 'promise', 'pledge', 'vow', 'undertake', 'commit']);
/** Yielding verbs whose promise is a concession (PLOVER CONCEDE: "the promise of future concessions such as easing of restrictions"); a promised release stays with its verb. */
const YIELDING = new Set(['lift', 'ease', 'reopen', 'remove', 'withdraw', 'relax', 'end', 'unblock', 'pull']);

/** Is the draft an agreement or promise to yield ("Russia agreed to lift restrictions on Moldovan fruit imports")? */
function promisedYield(tokens: readonly Token[] | undefined, d: DraftEvent): boolean {
  // Only the generic agreement: a pattern that named the act agreed ("agreed to restore the ceasefire", 0356) keeps its code.
  if (!tokens || d.cameo !== '030' || d.tokens.length === 0 || !COMMITTING.has(d.lemmas[0] ?? '')) return false;
  let k = d.tokens[0]! + 1;
  if (tokens[k]?.normal !== 'to') return false;
  k++;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' && YIELDING.has(tokens[k]!.lemma.toLowerCase());
}

/**
 * Verbs of accepting, agreeing, recognising and letting, whose negation is a refusal ("would not recognise Kosovo's independence";
 * "will not allow NATO to expand", a refusal to yield, CAMEO 124x, coded 120 as the others are).
 */
const REFUSABLE = new Set(['accept', 'agree', 'reach', 'approve', 'recognise', 'recognize', 'allow', 'permit', 'let']);
/** CAMEO "accede to demands" (083x): denied ("would not meet the demands"), a rejection. */
const ACCEDE = '083';
/** CAMEO "reject, not specified below". */
export const REJECT = '120';

/** CAMEO "reject proposal to meet, discuss, or negotiate". */
export const REJECT_MEETING = '125';
/** Negations a declined future stands under ("will not", "would never", "won't"). */
const NOT = new Set(['not', "n't", 'never', 'no']);

/** Is the trigger a negated future ("would not attend", "will never take part", "won't join")? */
function refusedAhead(tokens: readonly Token[] | undefined, d: DraftEvent): boolean {
  if (!tokens || d.tokens.length === 0) return false;
  let k = d.tokens[0]! - 1;
  let negated = false;
  // "will no longer attend": the "no" of "no longer" is read over as the adverbs are.
  while (k >= 0 && (BETWEEN.has(tokens[k]!.pos) || tokens[k]!.normal === 'no')) negated ||= NOT.has(tokens[k--]!.normal);
  return negated && k >= 0 && (WILL.has(tokens[k]!.normal) || tokens[k]!.normal === 'wo');
}

/** AGREE codes for cooperation stated in the future, by the category that is promised. */
const FUTURE_COOPERATION: Readonly<Record<string, string>> = { CONSULT: '036', SUPPORT: '030', COOPERATE: '031', AID: '033' };

/**
 * Codes by what the text commits to: PLOVER codes cooperation reported in the future tense as AGREE
 * ("will meet" is an intention to meet), and violence announced but not done as THREATEN (CAMEO 138:
 * "would respond to the strikes", "will attack"); a threat's status is `threatened`.
 */
export function recode(d: DraftEvent, codes: CodeTable, tokens?: readonly Token[]): DraftEvent {
  const future = d.status === 'planned' || d.status === 'hypothetical';
  let cameo = d.cameo;
  let status = d.status;
  if (future && FUTURE_COOPERATION[d.plover] && d.status === 'planned') cameo = FUTURE_COOPERATION[d.plover]!;
  // A resignation announced stays RETREAT (mode resign): the PLOVER manual leaves RETREAT + future as it is, not AGREE ("will resign").
  else if (d.status === 'planned' && FUTURE_YIELD[d.cameo.slice(0, 3)] && d.mode !== RESIGN) cameo = FUTURE_YIELD[d.cameo.slice(0, 3)]!;
  else if (d.status === 'planned' && d.plover === 'ASSAULT' && d.source && tokens && d.tokens.length > 0 && readiedForce(tokens, d.tokens[0]!)) {
    // "The army prepared to resume shelling": forces readied for an attack are a show of force (MOBILIZE), which happened.
    cameo = FORCE_POSTURE;
    status = 'occurred';
  } else if (d.status === 'planned' && (d.plover === 'ASSAULT' || d.plover === 'COERCE') && d.source) {
    cameo = '138';
    status = 'threatened';
  } else if (d.status === 'planned' && d.plover === 'SANCTION' && declared(tokens, d) && !conditional(tokens, d)) {
    // "announced Wednesday it would prohibit all aid to Albanian rebels": a sanction declared with a bare future and no condition
    // is decided, not threatened (as the PLOVER manual codes declared withdrawals as done concessions); it stays SANCTION, planned.
  } else if ((d.status === 'planned' || (d.status === 'hypothetical' && d.target)) && (d.plover === 'SANCTION' || d.cameo === BOYCOTT) && d.source) {
    // "will impose sanctions", "would boycott all contact", "may halt mediation … if": CAMEO 1312, threaten with sanctions, boycott, embargo.
    cameo = '1312';
    status = 'threatened';
  }
  else if (d.status === 'denied' && d.plover === 'CONSULT' && d.source && refusedAhead(tokens, d)) {
    // "said it would not attend the talks in Geneva unless Ukraine dropped its preconditions": a meeting declined in advance
    // is a rejection that occurred (CAMEO 125, reject a proposal to meet); "did not attend" tells only an absence.
    cameo = REJECT_MEETING;
    status = 'occurred';
  } else if (d.status === 'denied' && (REFUSABLE.has(d.lemmas[0] ?? '') || d.cameo.startsWith(ACCEDE)) && d.source) {
    // "will not accept any more refugees", "failed to reach agreement", "would not meet the rebels' demands": an acceptance or agreement denied is a rejection that occurred (CAMEO 120).
    cameo = REJECT;
    status = 'occurred';
  }
  // "Russia won't tolerate any provocations": a threat worded as a negated future is threatened, not denied.
  if (d.plover === 'THREATEN' && (future || (d.status === 'denied' && refusedAhead(tokens, d)))) status = 'threatened';
  // "agreed to lift restrictions", "promised to reopen the Lachin corridor": a promised concession is CONCEDE, CAMEO's intent to yield (035).
  if (status === 'occurred' && promisedYield(tokens, d)) return { ...d, cameo: '035', plover: 'CONCEDE', basePlover: d.plover, reciprocal: false };
  if (cameo === d.cameo && status === d.status) return d;
  // A declared release stays RETREAT (mode release), a declared withdrawal, truce or easing is CONCEDE; the CAMEO code stays the intent (035x).
  const yielded = cameo !== d.cameo && cameo.startsWith('035') && declared(tokens, d);
  const plover = yielded ? (d.plover === 'RETREAT' && d.cameo.startsWith(RELEASE) ? 'RETREAT' : 'CONCEDE') : lookupCode(codes, cameo)?.plover ?? d.plover;
  // A conditional threat needs no recipient ("would cut ties with any country that …", "if …"), whatever the act it threatens
  // would need; a plan alone ("the United States' plans to withdraw from the ABM Treaty") still needs the act's.
  const base = plover === 'THREATEN' && conditional(tokens, d) ? plover : d.plover;
  return { ...d, cameo, status, plover, basePlover: base, reciprocal: plover === 'CONSULT' ? d.reciprocal : d.reciprocal && plover === d.plover };
}
