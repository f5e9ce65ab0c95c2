import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { crowdNoun } from './aims.js';
import { protestedMission } from './embassy-target.js';
import { reducedRelativeSubject } from './reduced-relative-subject.js';
import type { TriggerMatch } from './match-triggers.js';

// A protest named by a participle right after the people who make it: "farmers protesting Poland's
// import rules blocked roads", "police fired tear gas at teachers protesting the education reform".
// An -ing verb after a noun is mostly no act ("the peace-keeping force", "a rule banning imports",
// happening.ts); a plural noun before a protest participle is its reduced relative's subject ("farmers
// who protest"), and the protest is theirs: PLOVER PROTEST, "rally, gather to protest a policy, action,
// or actor(s)", aimed at what the participle's object names. Read by detect.ts.

/** CAMEO codes of collective dissent (14x), the only participles read this way: "rebels fighting the army" is left to the clause. */
const DISSENT = '14';

/**
 * Who makes the protest of a participle right after plural people ("students protesting the law"): undefined when the match
 * is no such participle; else the people when an actor names them ("students protesting" SRBEDU, "Chilean farmers protesting"
 * CHL), else the place its own phrase names ("demonstrators protesting election results in Monrovia": the people of where they
 * protest, as crowds named by no actor are in draft.ts), else null: no one, so no event, and never the clause's subject
 * ("police fired tear gas at teachers protesting the reform" is no protest by the police). People: a crowd noun
 * ("demonstrators", "farmers") or the head of an actor's phrase ("Chilean farmers", "Chileans"); "Japan issued statements
 * protesting China's incursions" and "banned rallies protesting the results" name no one who protests, and keep the clause's reading.
 */
export function participleProtesters(tokens: readonly Token[], m: TriggerMatch, groups: readonly ActorGroup[]): ActorGroup | null | undefined {
  const verb = tokens[m.start]!;
  const people = tokens[m.start - 1];
  if (m.kind !== 'verb' || !m.code.startsWith(DISSENT) || !verb.normal.endsWith('ing') || (people?.pos !== 'NOUN' && people?.pos !== 'PROPN')) return undefined;
  // A plural ("farmers"): its form is not its lemma; a capitalised one that keeps its form as lemma tells by its plural "s" when it
  // opens a sentence ("Villagers protesting …") or names a people ("Chileans protesting"), not an organisation's name ("outside the
  // offices of Hamas protesting power cuts" is the crowd's). "the strike protesting" is no one's.
  const group = reducedRelativeSubject(tokens, groups, m.start);
  const opening = tokens[m.start - 2]?.sentence !== people.sentence;
  const nationals = group?.mentions.some((x) => x.type === 'NORP') ?? false;
  const plural = people.normal !== people.lemma.toLowerCase() || (people.pos === 'PROPN' && (opening || nationals) && people.normal.endsWith('s') && !people.normal.endsWith('ss'));
  if (!plural || (!crowdNoun(people) && group === undefined)) return undefined;
  // "demonstrators protesting outside the US embassy in Monrovia": a foreign mission in the phrase is whom they protest (draft.ts), not where they are from.
  const mission = protestedMission(tokens, m.end, tokens.length, groups);
  return group ?? groups.find((g) => g.locative && g !== mission && g.start >= m.end && ownPhrase(tokens, m.end, g.start)) ?? null;
}

/** Do the tokens from `from` to `to` stay in the participle's phrase: no verb or punctuation that would close it? */
function ownPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PUNCT') return false;
  return true;
}
