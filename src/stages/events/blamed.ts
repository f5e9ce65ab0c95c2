/**
 * Blame told as a fact: "Ukraine said Russian military hackers were behind the attack", "Georgia
 * says Moscow is responsible for the bombing". The statement's content has no accusing verb of its
 * own; saying that another state's actors stand behind a harmful act accuses them of it (PLOVER
 * ACCUSE, CAMEO 112). The speaker accuses the actor group standing before "be behind" / "be
 * responsible for", when it is of another state.
 */
import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention } from '../../core/mention.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { actorCode, sentenceGroups, type ActorGroup } from './actors.js';
import { speaker, STATING } from './demands.js';
import { claimDraft, contentTokens, otherState, sentenceClaims } from './claim-draft.js';
import { side } from './event-side.js';
import type { DraftEvent } from './merge.js';
import { PHRASE_WORDS } from './subjects.js';

/** CAMEO "accuse, not specified below". */
const ACCUSE = '112';
/** Cues that state, or state in a charge, what the content says. */
const CHARGING = new Set([...STATING, 'allege', 'claim', 'believe', 'suspect', 'charge']);
/** Harmful acts one stands behind or is responsible for. */
const HARMS = new Set([
  'attack', 'bombing', 'blast', 'explosion', 'killing', 'assassination', 'murder', 'shelling', 'strike', 'raid', 'hack', 'hacking',
  'cyberattack', 'plot', 'coup', 'unrest', 'riot', 'violence', 'provocation', 'massacre', 'abduction', 'kidnapping', 'poisoning',
  'sabotage', 'incursion', 'ambush', 'downing', 'crash', 'fire', 'leak', 'interference', 'disinformation',
]);
/** Words that may stand between "behind" and the harm's head ("the attack", "last week's bombing", "the deadly cyber attack"). */
const MODIFIERS = new Set(['DET', 'PRON', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);
/** The words of blame a content must hold to be read at all. */
const BLAME = /\b(?:behind|responsible for)\b/;
/** How many words may lead to the harm's head. */
const REACH = 6;

/** Does the phrase from `k` name a harm within a few words ("the attack", "Monday's bombing of the embassy")? */
function harmAt(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + REACH); j++) {
    const t = tokens[j]!;
    if (HARMS.has(t.lemma.toLowerCase())) return true;
    if (!MODIFIERS.has(t.pos)) return false;
  }
  return false;
}

/** The token after "be" that starts the blamed harm ("behind", "responsible for"), or -1. */
function blameAfter(tokens: readonly Token[], b: number): number {
  if (tokens[b + 1]?.normal === 'behind') return b + 2;
  if (tokens[b + 1]?.normal === 'responsible' && tokens[b + 2]?.normal === 'for') return b + 3;
  return -1;
}

/** The actor group ending right before token `b`, its head nouns aside ("Russian military hackers" before "were"). */
function groupBefore(groups: readonly ActorGroup[], tokens: readonly Token[], b: number, from: number): ActorGroup | undefined {
  let k = b;
  while (k > from && PHRASE_WORDS.has(tokens[k - 1]!.pos) && !groups.some((g) => g.end === k)) k--;
  return groups.find((g) => g.end === k && g.start >= from);
}

/** Sectors of a state's own people that its government blames as it blames another state ("Turkey said Kurdish rebels were behind the blast"). */
const OUTLAWED = /^(?:REB|INS|SEP|OPP|CRM)/;

/** Is the group another state's, or an armed or outlawed group of the speaker's own? */
function blameable(g: ActorGroup, own: string): boolean {
  return otherState(g, own) || g.mentions.some((m) => OUTLAWED.test(actorCode(m)?.slice(3) ?? ''));
}

/** Accusations of a sentence told as who stood behind a harm, in a stating claim's content. */
export function blamed(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[]): DraftEvent[] {
  const claims = sentenceClaims(doc, sentence, (c) => CHARGING.has(c.cue.lemma) && BLAME.test(c.content.text));
  if (claims.length === 0) return [];
  const groups = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, dyad);
  const drafts: DraftEvent[] = [];
  for (const claim of claims) {
    const { from, to } = contentTokens(tokens, claim);
    const source = speaker(tokens, groups, claim);
    if (!source) continue;
    const src = side(doc, tokens, source);
    for (let b = from + 1; b < to; b++) {
      if (tokens[b]!.pos !== 'AUX' || tokens[b]!.lemma.toLowerCase() !== 'be') continue;
      const harm = blameAfter(tokens, b);
      const accused = harm > 0 && harmAt(tokens, harm, to) ? groupBefore(groups, tokens, b, from) : undefined;
      if (!src.actor || !accused || accused.locative || !blameable(accused, src.actor.slice(0, 3))) continue;
      drafts.push(claimDraft({
        sentence: sentence.index, start: claim.cue.start, end: claim.cue.end, text: claim.cue.text, token: tokenAtOrAfter(tokens, claim.cue.start),
        plover: 'ACCUSE', cameo: ACCUSE, lemma: claim.cue.lemma, rule: 'events/blamed', source: src, target: side(doc, tokens, accused),
      }));
      break;
    }
  }
  return drafts;
}
