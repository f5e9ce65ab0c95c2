import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { mentionCountry } from './mention-index.js';

// "Iran said protesters had attacked its embassy in Baku": after a verb of saying with no "that", the
// clause that follows reports another subject's act. When that subject is a common noun the entities
// stage names no actor for, the speaker before the verb of saying must not stand in for it (the
// protesters attacked, not Iran). A pronoun there most often is the speaker ("Iraq said it had shot
// down a drone"), so only a noun counts, and not a noun of the speaker's own bodies, of its air strikes or of both sides
// ("Israeli officials said the army had moved two brigades", "Turkey said both sides had agreed").

/** Verbs of saying after which a clause without "that" reports another's act. */
const SAYING = new Set(['say', 'report', 'claim', 'allege', 'announce', 'confirm', 'add']);

/** Nouns of a speaker's own bodies and of the sides it speaks for, which a report's speaker stands for. */
const OWN_BODIES = new Set(['army', 'military', 'troops', 'forces', 'soldiers', 'police', 'navy', 'government', 'ministry', 'authorities',
  'officials', 'side', 'sides', 'parties', 'country', 'leaders', 'delegation', 'negotiators']);
/**
 * Nouns of a speaker's own strikes from the air, which a report's speaker claims ("Israel said air strikes had killed 30
 * militants"). Not shelling, rockets, missiles or drones: a state names those as often when they hit it ("Ukraine said
 * shelling had killed three civilians").
 */
const OWN_MEANS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'warplanes', 'jets', 'aircraft', 'planes', 'helicopters']);

/** Is the word at `j` a noun of the reported subject that is no body or means of the speaker's own ("air" of "air strikes" is the means')? */
function otherNoun(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.pos !== 'NOUN' || OWN_BODIES.has(t.normal) || OWN_MEANS.has(t.normal)) return false;
  return !(tokens[j + 1]?.pos === 'NOUN' && OWN_MEANS.has(tokens[j + 1]!.normal));
}

/**
 * Is what ends at `from` only the speaker of the reported clause that reaches `at`: a verb of saying
 * follows it before `at`, and a noun, that clause's own subject, stands between that verb and the
 * clause's first auxiliary or verb, at or before `at`, with no pronoun there?
 */
export function speakerOnly(tokens: readonly Token[], from: number, at: number): boolean {
  let k = from;
  while (k < at && !(tokens[k]!.pos === 'VERB' && SAYING.has(tokens[k]!.lemma.toLowerCase()))) k++;
  let noun = false;
  // The reported subject ends at the first auxiliary or verb ("protesters had attacked"): a noun after it is an object ("had no plans").
  // An infinitive's "to" first makes the noun the saying verb's own object ("announced efforts to return"), no clause's subject.
  for (let j = k + 1; j <= at && j < tokens.length; j++) {
    if (tokens[j]!.pos === 'PART' && tokens[j]!.normal === 'to') return false;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return noun;
    if (tokens[j]!.pos === 'PRON') return false;
    if (otherNoun(tokens, j)) noun = true;
  }
  return false;
}

/** CAMEO's codes of bodies that belong to no state: international and non-governmental organisations. */
const NO_STATE = new Set(['IGO', 'NGO']);

/**
 * Is the group only the speaker of a report without "that", and a body of no state ("The Red Cross said 20 people
 * were killed")? Such a speaker is never the victim of the passive it reports. A state stays: a state that reports
 * unnamed dead most often reports its own ("Ukraine said three civilians were killed").
 */
export function statelessSpeaker(tokens: readonly Token[], g: ActorGroup, at: number): boolean {
  return g.mentions.every((x) => NO_STATE.has(mentionCountry(x))) && speakerOnly(tokens, g.end, at);
}
