import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { Claim, EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { actorCode, sentenceGroups, type ActorGroup } from './actors.js';
import { claimDraft, claimsNear } from './claim-draft.js';
import { side } from './event-side.js';
import { reducedRelativeSubject } from './reduced-relative-subject.js';
import type { DraftEvent } from './merge.js';

/** Reporting verbs that state a position publicly: "X said that Y must …" through them is a demand. Opinion cues ("believe", "hope") are left out. */
export const STATING = new Set(['say', 'declare', 'state', 'announce', 'reiterate', 'insist', 'stress', 'tell', 'add', 'repeat', 'emphasise', 'emphasize', 'underline', 'affirm']);
/** CAMEO "make a demand, not specified below". */
const DEMAND = '100';
/** Modals of obligation that make what another actor is said to do a demand ("must return", "should withdraw"). */
const OBLIGING = new Set(['must', 'should']);

/**
 * Demands made by saying what another actor must or should do (CAMEO 10, PLOVER REQUEST): "Russia said on
 * Tuesday that Sudan must return the helicopter", "China must drop barriers, the U.S. trade
 * representative said", "the opposition said the prime minister should resign". The claim's content
 * must open with a named actor followed by the modal; its source must be a named actor of another
 * code, and not its own state speaking of itself ("Putin said Russia must …"). The trigger is the claim's cue.
 */
export function demandsOf(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  let must = false;
  for (let i = sentence.firstToken; i < sentence.endToken && !must; i++) must = OBLIGING.has(tokens[i]!.normal);
  if (!must) return [];
  const claims = claimsNear(doc, sentence).filter((c) => c.content.start >= sentence.start && c.content.end <= sentence.end && STATING.has(c.cue.lemma));
  if (claims.length === 0) return [];
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const drafts: DraftEvent[] = [];
  for (const claim of claims) {
    const target = addressee(tokens, groups, claim);
    const source = target && speaker(tokens, groups, claim);
    if (!target || !source) continue;
    const src = side(doc, tokens, source);
    const tgt = side(doc, tokens, target);
    if (!src.actor || !tgt.actor || src.actor === tgt.actor || ownState(src.actor, tgt.actor)) continue;
    drafts.push(claimDraft({
      sentence: sentence.index, start: claim.cue.start, end: claim.cue.end, text: claim.cue.text, token: tokenAtOrAfter(tokens, claim.cue.start),
      plover: 'REQUEST', cameo: DEMAND, lemma: claim.cue.lemma, rule: 'events/modal-demand', source: src, target: tgt,
    }));
  }
  return drafts;
}

/** The actor group that opens the claim's content (after "that" and a determiner) and is followed by "must", over adverbs. */
function addressee(tokens: readonly Token[], groups: readonly ActorGroup[], claim: Claim): ActorGroup | undefined {
  let first = tokenAtOrAfter(tokens, claim.content.start);
  if (tokens[first]?.normal === 'that') first++;
  const group = groups.find((g) => g.start >= first && g.start <= first + 1 && !g.locative && !g.agentive);
  if (!group) return undefined;
  // The rest of the subject phrase may follow: "the Sudanese government and the rebels in Darfur must reach …".
  let k = group.end;
  while (tokens[k] && k < group.end + SUBJECT_REST && !OBLIGING.has(tokens[k]!.normal) && SUBJECT_POS.has(tokens[k]!.pos)) k++;
  return OBLIGING.has(tokens[k]?.normal ?? '') ? group : undefined;
}

/** Sectors that speak for a state: a state or its government saying what the state must do states its own policy. */
const STATE_SECTORS = new Set(['', 'GOV']);

/** Is the addressee the speaker's own state ("Putin said Russia should …": RUSGOV and RUS)? */
function ownState(source: string, target: string): boolean {
  return source.slice(0, 3) === target.slice(0, 3) && STATE_SECTORS.has(source.slice(3, 6)) && STATE_SECTORS.has(target.slice(3, 6));
}

/** How many words of the subject phrase may stand between the first actor and "must". */
const SUBJECT_REST = 8;
/** Parts of speech of a subject phrase's rest: no verb, pronoun or punctuation ends it. */
const SUBJECT_POS = new Set(['ADV', 'NOUN', 'PROPN', 'ADJ', 'DET', 'CCONJ', 'ADP', 'NUM']);

/** The actor group inside the claim's source span, if the source is a named actor. */
export function speaker(tokens: readonly Token[], groups: readonly ActorGroup[], claim: Claim): ActorGroup | undefined {
  if (!claim.source) return undefined;
  const from = tokenAtOrAfter(tokens, claim.source.start);
  const to = tokenAtOrAfter(tokens, claim.source.end);
  const found = groups.find((g) => g.start >= from && g.end <= Math.max(to, from + 1) && g.mentions.some((m) => actorCode(m) !== undefined));
  return found && placeOfSpeaker(tokens, found) ? bearer(tokens, groups, found) : found;
}

/**
 * Is the group a place a participle ties to the noun before it ("The Red Cross operating in Iraq said",
 * "UN officials based in Kabul said")? The phrase's head speaks, not the place it works in: a reduced
 * relative's place is no subject.
 */
function placeOfSpeaker(tokens: readonly Token[], g: ActorGroup): boolean {
  const participle = tokens[g.prep - 1];
  return g.locative && g.prep > 0 && participle?.pos === 'VERB' && participle.normal !== participle.lemma.toLowerCase() && !participle.normal.endsWith('s');
}

/** The group whose phrase the participle tying the place follows, if an actor names it (else no speaker). */
function bearer(tokens: readonly Token[], groups: readonly ActorGroup[], place: ActorGroup): ActorGroup | undefined {
  const head = reducedRelativeSubject(tokens, groups, place.prep - 1);
  return head?.mentions.some((m) => actorCode(m) !== undefined) ? head : undefined;
}
