import type { Token } from '../../core/doc.js';
import type { Claim, EventStatus } from '../../core/mention.js';
import type { Clause } from './clauses.js';
import { firstToDo, scheduled, stepsTaken } from './happening.js';
import { nominalStatus } from './nominal-status.js';
import { meetingAhead } from './future-time.js';
import type { TriggerMatch } from './match-triggers.js';
import { stillToCome } from './until.js';
import { auxiliaryStatus, coordinateStatus, duringFuture, futureClauseVerb, futureSubject, governs, modalSubject } from './governing-tense.js';
import { afterSpeech, FUTURE, modalAt, NEGATION } from './tense-words.js';
import { QUOTE_MARKS } from '../../text/quote-marks.js';

/** Premodifiers of a nominal trigger that say it has not happened yet. */
const PLANNED_ADJ = new Set(['forthcoming', 'upcoming', 'planned', 'future', 'next', 'proposed', 'scheduled', 'expected']);
const POSSIBLE_ADJ = new Set(['possible', 'potential', 'hypothetical', 'capable', 'able']);
/** Words before a trigger that announce it as expected ("expectations for a swap"). */
const EXPECT = new Set(['expectation', 'expect', 'anticipate', 'anticipation', 'hope']);
/** Nouns that put a nominal after them in the future ("preparations for Mr Macron's visit"). */
const PREPARATION = new Set(['preparation', 'preparations', 'plan', 'plans', 'schedule', 'date', 'agenda', 'invitation']);
/** Words before an infinitive trigger that make it planned ("plans to", "efforts to", "agreed to", "scheduled to meet"). */
const INTENT = new Set(['plan', 'intend', 'wish', 'swear', 'sworn', 'threaten', 'effort', 'aim', 'prepare', 'prepared', 'decide', 'agree', 'promise', 'pledge', 'vow', 'offer', 'want', 'seek', 'try', 'attempt', 'ready', 'going', 'willing', 'committed', 'determined', 'eager', 'keen', 'consensus', 'deal', 'schedule', 'slate']);
/** Verbs of liking that state an intent after "would" ("would like to visit", "'d love to meet"). */
const LIKING = new Set(['like', 'love']);
/** Forms of the conditional auxiliary before such a verb. */
const WOULD = new Set(['would', "'d"]);

/** Does the word at `g`, before an infinitive's "to", state an intent: a verb or noun of intending, or "would like"? */
function intends(tokens: readonly Token[], g: number): boolean {
  const lemma = tokens[g]?.lemma.toLowerCase() ?? '';
  return INTENT.has(lemma) || (LIKING.has(lemma) && WOULD.has(tokens[g - 1]?.normal ?? ''));
}

/** Is the word at `k` the "forward" of "look forward to" ("looks forward to meeting", "looking forward to his visit")? */
function lookForward(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.normal === 'forward' && tokens[k - 1]?.lemma.toLowerCase() === 'look' && tokens[k + 1]?.normal === 'to';
}

/** Past forms of the auxiliaries: "was on the agenda of the talks" tells of talks held. */
const PAST_AUX = new Set(['was', 'were', 'had']);
/** Verbs that set or weigh an agenda ahead of the meeting: "discussed the agenda of the summit" tells of a summit still to come. */
const SETTING = new Set(['discuss', 'approve', 'set', 'agree', 'draw', 'coordinate', 'prepare', 'announce', 'outline', 'consider', 'finalise', 'finalize', 'review', 'plan', 'adopt', 'confirm', 'determine', 'define', 'shape']);

/**
 * Is the agenda noun at `k` told in the past by a verb that does not set it: "trade dominated the agenda of his meeting with the
 * Ukrainian President", "was at the top of the agenda of the talks"? Then the meeting was held; the agenda is no plan.
 */
function pastAgenda(tokens: readonly Token[], k: number, from: number): boolean {
  if (tokens[k]!.lemma.toLowerCase() !== 'agenda') return false;
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const lemma = t.lemma.toLowerCase();
    return !SETTING.has(lemma) && (PAST_AUX.has(t.normal) || (t.pos === 'VERB' && t.normal.endsWith('ed') && t.normal !== lemma));
  }
  return false;
}

/** Verbs that direct someone to act ("told Rwanda to withdraw", "warned the rebels to lay down their arms"): the act is asked for, not done. */
const DIRECTING = new Set(['tell', 'warn', 'order', 'ask', 'urge', 'instruct', 'command', 'press', 'call', 'invite', 'advise', 'encourage', 'persuade']);
/** How many words the addressee between the directing verb and "to" may have ("warned the Hutu rebels to"). */
const ADDRESSEE_REACH = 5;

/** Does a directing verb stand before the addressee ending at `k` ("told Rwanda", "warned the Hutu rebels"), with only its words between? */
function directed(tokens: readonly Token[], k: number, from: number): boolean {
  if (!['PROPN', 'NOUN', 'PRON'].includes(tokens[k]?.pos ?? '')) return false;
  for (let j = k - 1; j >= Math.max(from, k - ADDRESSEE_REACH); j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB') return DIRECTING.has(t.lemma.toLowerCase());
    if (!['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM', 'ADP'].includes(t.pos)) return false;
  }
  return false;
}

/** Is the nominal before "during" at `k` planned ("upcoming negotiations during", "the planned summit during")? */
function duringPlanned(tokens: readonly Token[], k: number, from: number): boolean {
  for (let i = k - 1; i >= Math.max(from, k - 5); i--) {
    const t = tokens[i]!;
    if (PLANNED_ADJ.has(t.normal)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Tags of an agent phrase after a noun ("by the Pakistani government", "of Russia"). */
const AGENT_PHRASE = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON']);
/** How many words such an agent phrase may have. */
const AGENT_REACH = 5;

/** Does the agent phrase ending at `k` hang on a noun by "by" or "of" ("the decision by Pakistan", "the readiness of Russia")? */
function nounWithAgent(tokens: readonly Token[], k: number, from: number): boolean {
  if (!AGENT_PHRASE.has(tokens[k]?.pos ?? '')) return false;
  for (let j = k - 1; j >= Math.max(from + 1, k - AGENT_REACH); j--) {
    const t = tokens[j]!;
    if (t.normal === 'by' || t.normal === 'of') return tokens[j - 1]?.pos === 'NOUN';
    if (!AGENT_PHRASE.has(t.pos)) return false;
  }
  return false;
}

/** Aspectual verbs: "will continue to support" is as future as "will support". */
const ASPECTUAL = new Set(['continue', 'begin', 'start', 'keep']);
/** Verbs that deny the act of the gerund after them ("denied sending troops"). */
const DENYING = new Set(['deny']);
/** Verbs that weigh or put forward the act of the gerund after them ("consider helping", "proposed establishing"). */
const WEIGHING = new Set(['consider', 'propose', 'suggest', 'contemplate', 'recommend', 'envisage', 'discuss', 'mull', 'advocate']);
/** Words before an infinitive whose act did not happen ("failed to reach", "unwilling to fight"). */
const RELUCTANT = new Set(['fail', 'unwilling', 'reluctant', 'loath']);
/** Past forms of attempting: what was attempted was done, not planned. */
const ATTEMPTED = new Set(['tried', 'attempted']);
/** Claim stances that carry over to the events they report. */
const STANCE_STATUS: Readonly<Record<string, EventStatus>> = { expect: 'expected', warn: 'threatened', threaten: 'threatened', deny: 'denied', doubt: 'hypothetical' };

/** Words that make what follows them in the sentence a desideratum, not a happening ("the need to …", "is essential for settling"). */
const DESIDERATA = new Set(['need', 'needs', 'importance', 'necessity', 'relevance', 'expediency', 'essential', 'imperative', 'necessary', 'important', 'prospect', 'prospects', 'possibility']);

/** Does a desideratum word stand before the trigger in its sentence? */
function desired(tokens: readonly Token[], m: TriggerMatch, sentenceStart: number): boolean {
  for (let k = sentenceStart; k < m.start; k++) if (DESIDERATA.has(tokens[k]!.normal)) return true;
  return false;
}

/** Verbs that revoke a decision or plan ("reversed its decision to …", "abandoned plans to …"). */
const REVOKING = new Set(['reverse', 'rescind', 'overturn', 'revoke', 'abandon', 'scrap', 'cancel', 'drop', 'shelve']);

/** Is the noun phrase ending before `k + 1` the object of a revoking verb (over determiners, possessives and adjectives)? */
function revoked(tokens: readonly Token[], k: number, from: number): boolean {
  while (k >= from && ['DET', 'PRON', 'ADJ'].includes(tokens[k]!.pos)) k--;
  return k >= from && REVOKING.has(tokens[k]!.lemma.toLowerCase());
}

/** Status of a trigger from its own clause: tense, modality, negation, planning words; a desideratum before it in the sentence, or a question mark ending it, makes it hypothetical. */
export function clauseStatus(tokens: readonly Token[], m: TriggerMatch, clause: Clause, sentenceStart = clause.start, sentenceEnd = clause.end): EventStatus {
  const first = tokens[clause.start]!.normal;
  if (first === 'if' || first === 'unless') return 'hypothetical';
  // "must agree to changes before they demobilize", "fight on until Israel withdraws": not happened yet ("before they withdrew" has).
  if (stillToCome(tokens, m, clause)) return 'hypothetical';
  // A question asserts nothing: "Is Berlin going to help Russia build Nord Stream?"
  if (tokens[sentenceEnd - 1]?.normal === '?') return 'hypothetical';
  // "I hope that meetings between Russia and Germany will continue": what is hoped for is expected at most.
  if (hopedFor(tokens, clause) || hopedAhead(tokens, m, sentenceStart)) return 'expected';
  const own = ownStatus(tokens, m, clause, sentenceStart);
  // "The summit was postponed", "are preparing for the summit": what the sentence says of the nominal itself dates it. Before
  // the forward-only date below: what befell the meeting outranks when it was due ("the summit next week was postponed" is denied).
  const nominal = own === 'occurred' && m.kind === 'noun' ? nominalStatus(tokens, m, clause, sentenceEnd) : undefined;
  if (nominal) return nominal;
  // "Talks between India and Pakistan open tomorrow": a meeting told in the present with a forward-only date is to come.
  if (own === 'occurred' && meetingAhead(tokens, m, clause)) return 'planned';
  if (own === 'occurred' && m.kind === 'noun' && (futureSubject(tokens, m, clause) || futureClauseVerb(tokens, m, clause) || duringFuture(tokens, m, clause))) return 'planned';
  if (own === 'occurred' && m.kind === 'noun' && modalSubject(tokens, m, clause)) return 'hypothetical';
  return own === 'occurred' && desired(tokens, m, sentenceStart) ? 'hypothetical' : own;
}

/** Verbs and nouns of hoping and expecting whose that-clause is hoped for ("I hope that meetings … will continue", "expressed hope that talks …"). */
const HOPING = new Set(['hope', 'expect', 'expectation', 'anticipate', 'trust', 'wish']);

/** Does the trigger's clause open with "that" after a word of hoping ("hope that", "hopes that", "the expectation that")? */
function hopedFor(tokens: readonly Token[], clause: Clause): boolean {
  if (clause.kind !== 'sub' || tokens[clause.start]?.normal !== 'that') return false;
  const before = tokens[clause.start - 1];
  return before !== undefined && HOPING.has(before.lemma.toLowerCase());
}

/** Modals of the future or of possibility that put what a hope's that-clause says ahead ("hope that Kiev would start …"). */
const HOPE_MODALS = new Set(['will', 'would', "'ll", 'could', 'can', 'might', 'may']);
/** Punctuation that ends what a hope's that-clause can reach. */
const HOPE_END = new Set([';', ':', '.', ...QUOTE_MARKS]);

/**
 * Does a hope's that-clause, with a future or modal verb before the trigger, hold the trigger beyond the clause it
 * opens: "expressed the hope that the authorities in Kiev would finally start taking practical steps …, including
 * establishing direct dialogue with the Donbass region"? What the hope lists is hoped for too.
 */
function hopedAhead(tokens: readonly Token[], m: TriggerMatch, sentenceStart: number): boolean {
  let modal = false;
  for (let k = m.start - 1; k > sentenceStart; k--) {
    const t = tokens[k]!;
    if (HOPE_END.has(t.normal)) return false;
    if (HOPE_MODALS.has(t.normal)) modal = true;
    else if (t.normal === 'that' && HOPING.has(tokens[k - 1]!.lemma.toLowerCase())) return modal;
  }
  return false;
}

/** Subjects that deny the act of their verb ("Nobody is going to attack Ukraine", "none of them fought"). */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'none', 'neither']);
/** How many words before the verb such a subject may stand ("Nobody in Moscow is going to attack"). */
const SUBJECT_REACH = 6;

/** Does a negative subject stand before the verb in its clause? */
function negativeSubject(tokens: readonly Token[], m: TriggerMatch, clause: Clause): boolean {
  for (let k = m.start - 1; k >= Math.max(clause.start, m.start - SUBJECT_REACH); k--) if (NEGATIVE_SUBJECTS.has(tokens[k]!.normal)) return true;
  return false;
}

/** The status the trigger's own words give it. */
function ownStatus(tokens: readonly Token[], m: TriggerMatch, clause: Clause, sentenceStart: number): EventStatus {
  if (m.kind === 'verb') {
    const shared = coordinateStatus(tokens, m, sentenceStart);
    if (shared) return shared;
    if (negativeSubject(tokens, m, clause)) return 'denied';
  }
  for (let k = m.start - 1; k >= Math.max(clause.start, m.start - 6); k--) {
    const t = tokens[k]!;
    const w = t.normal;
    const lemma = t.lemma.toLowerCase();
    if (EXPECT.has(lemma)) return 'expected';
    // "said he looked forward to meeting Mr Bush", "looks forward to his visit to France": what one looks forward to is hoped for.
    if (lookForward(tokens, k)) return 'expected';
    if (m.kind === 'noun' && PREPARATION.has(lemma) && !pastAgenda(tokens, k, clause.start)) return 'planned';
    // "will have bilateral meetings with Macron": the nominal of a main verb "have" in the future is planned.
    if (m.kind === 'noun' && t.pos === 'AUX' && lemma === 'have' && FUTURE.has(tokens[tokens[k - 1]?.pos === 'ADV' ? k - 2 : k - 1]?.normal ?? '')) return 'planned';
    if (m.kind === 'verb') {
      if (NEGATION.has(w) && k >= m.start - 3) return 'denied';
      if (FUTURE.has(w)) return 'planned';
      // "He said that Russia would support …": "would" in a reported that-clause is the future seen from the past.
      if (w === 'would' && ((clause.kind === 'sub' && tokens[clause.start]!.normal === 'that') || afterSpeech(tokens, k, clause.start))) return 'planned';
      if (modalAt(tokens, k) || POSSIBLE_ADJ.has(w)) return 'hypothetical';
      if (w === 'to' && k === m.start - 1) {
        const governor = tokens[k - 1];
        // "failed to reach agreement", "unwilling to fight Klitschko": what was failed at or shrunk from did not happen.
        if (governor && RELUCTANT.has(governor.lemma.toLowerCase())) return 'denied';
        // "Israel has yet to withdraw its troops", "had no plans to send troops", "was not planning to meet": what is still owed, or
        // not intended, has not happened.
        if (governor?.normal === 'yet' || (governor && NEGATION.has(tokens[k - 2]?.normal ?? '') && intends(tokens, k - 1))) return 'denied';
        // "is going to attack": the going-to future is a plan.
        if (governor?.normal === 'going' && tokens[k - 2]?.pos === 'AUX') return 'planned';
        // "has tried to hack into the computers": an attempt told in the past took place; PLOVER codes the attempted act (as attempted assassinations are ASSAULT).
        if (governor && ATTEMPTED.has(governor.normal)) return 'occurred';
        // "has taken several tentative steps to enhance political freedoms": steps taken towards an act are the act under way.
        if (governor && stepsTaken(tokens, k - 1, clause.start)) return 'occurred';
        // "became the first former Warsaw Pact country to establish diplomatic relations": the first to do it did it.
        if (governor && firstToDo(tokens, k - 1, clause.start)) return 'occurred';
        // "told Rwanda to withdraw its troops", "warned the rebels to lay down their arms": what one is told to do is not done.
        if (governor && directed(tokens, k - 1, clause.start)) return 'hypothetical';
        // "reversed its decision to ban the march": a plan revoked is not carried out.
        if (governor?.pos === 'NOUN' && revoked(tokens, k - 2, clause.start)) return 'denied';
        if (governor && (intends(tokens, k - 1) || governor.pos === 'NOUN' || scheduled(tokens, k - 1))) return 'planned';
        // "Putin is to meet Bush next month", "the two leaders are to hold talks": "be to" is a plan.
        if (governor?.pos === 'AUX' && governor.lemma.toLowerCase() === 'be') return 'planned';
        // "welcomed the decision by Pakistan to release the fishermen": the infinitive of a noun whose agent stands between them.
        if (governor && nounWithAgent(tokens, k - 1, clause.start)) return 'planned';
        if (tokens[m.start]!.normal === 'have') return 'occurred';
      }
    } else {
      if (w === 'no' && k >= m.start - 2) return 'denied';
      // "said Russia would continue consultations with China": a nominal object takes the tense of the verb that governs it.
      if (t.pos === 'VERB' && governs(tokens, k, m.start)) {
        const tense = auxiliaryStatus(tokens, k, clause);
        if (tense) return tense;
      }
      // "prepared to resume the shelling": a nominal governed by an intended infinitive is planned too.
      // "are to hold their first summit": after "be to", as after an intent.
      if (w === 'to' && tokens[k + 1]?.pos === 'VERB' && (intends(tokens, k - 1) || (tokens[k - 1]?.pos === 'AUX' && tokens[k - 1]!.lemma.toLowerCase() === 'be'))) return 'planned';
      if (PLANNED_ADJ.has(w)) return 'planned';
      if (POSSIBLE_ADJ.has(w)) return 'hypothetical';
      // "upcoming negotiations during a visit by …": what happens during a planned event is planned with it.
      if (w === 'during' && duringPlanned(tokens, k, clause.start)) return 'planned';
    }
    // "Russia will continue to support the Committee", "will begin withdrawing its troops": an aspectual verb governing the
    // trigger's infinitive or gerund passes its tense on.
    if (t.pos === 'VERB' && m.kind === 'verb' && ASPECTUAL.has(lemma) && (k === m.start - 2 ? tokens[k + 1]!.normal === 'to' : k === m.start - 1 && tokens[m.start]!.normal.endsWith('ing'))) continue;
    if (t.pos === 'VERB' && m.kind === 'verb') {
      // "Kenya denied sending troops into Somalia": an act whose doing is denied is denied.
      if (k === m.start - 1 && tokens[m.start]!.normal.endsWith('ing') && DENYING.has(lemma)) return 'denied';
      // "instructed the Cabinet to consider helping Moldova", "proposed establishing a joint group": an act weighed or put forward is not done.
      if (k === m.start - 1 && tokens[m.start]!.normal.endsWith('ing') && WEIGHING.has(lemma)) return 'hypothetical';

      // "prepared to resume shelling": a gerund after an intended infinitive is planned with it.
      if (k === m.start - 1 && tokens[m.start]!.normal.endsWith('ing') && tokens[k - 1]?.normal === 'to' && intends(tokens, k - 2)) return 'planned';
      break;
    }
  }
  return 'occurred';
}

/** The claim whose content holds the trigger, if any: the event is reported second-hand through it. */
export function carryingClaim(claims: readonly Claim[], start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) {
    if (c.content.start <= start && end <= c.content.end && (!best || c.content.end - c.content.start < best.content.end - best.content.start)) best = c;
  }
  return best;
}

/** The status after the carrying claim's stance: "has indicated expectations" makes it expected, a denial makes it denied. */
export function withClaimStatus(status: EventStatus, claim: Claim | undefined, plover: string): EventStatus {
  if (!claim) return status;
  const carried = STANCE_STATUS[claim.stance];
  if (!carried) return status;
  // "Chile expects that Peru will release the prisoners": a future act another party expects is expected, not the doer's plan.
  if (status === 'planned' && carried === 'expected') return carried;
  if (status !== 'occurred') return status;
  if (carried === 'threatened' && plover === 'THREATEN') return status;
  return carried;
}
