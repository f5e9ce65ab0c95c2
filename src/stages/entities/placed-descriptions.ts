import { ARMED_NOUNS } from './armed-groups.js';
import { isCapitalised, type DocView } from './doc-view.js';
import { foundsByToken, type Found } from './found.js';
import { GROUP_SECTORS } from './locales/en/lexicon.js';
import { PLACING, placeFound } from './people-states.js';
import { ROLE_SECTORS } from './role-nouns.js';
import { ownCountry } from './sole-country.js';

/** Nouns for a person by what they are, with no sector of their own, beside the role nouns (ROLE_SECTORS): "a missionary from Calgary". */
const PERSON_NOUNS = new Set('man woman boy girl teacher doctor nurse engineer missionary tourist volunteer'.split(' '));
/** Lower-case nouns for a body that acts: "a rebel group based in Uganda", "a militia operating in Mali". */
const BODY_NOUNS = new Set('group organisation organization movement network faction cell militia'.split(' '));
/** Adjectives before a body noun that make it an armed group (CAMEO REB), beside the armed nouns (ARMED_NOUNS: "rebel", "guerrilla", "militant"). */
const ARMED_ADJECTIVES = new Set(['armed', 'terror', 'terrorist', 'jihadist', 'islamist']);
/** Lemmas of verbs that move someone out of a place: after one, "from" names where the person was taken from, not where they are from ("withdrew an envoy from Syria", "evacuated a nurse from Gaza"). */
const REMOVALS = new Set('withdraw recall pull evacuate expel deport remove rescue repatriate extradite airlift evict bring fly move transfer return take'.split(' '));
/** Most lower-case words between the article and the noun ("human rights", "small armed"). */
const MAX_WORDS = 3;

/**
 * A person or body with no nationality word, put in a country by the words after it: "a
 * businessman from Toronto" (CANBUS), "a priest from Milan" (ITAREL), "a rebel group based in
 * Uganda" (UGAREB), "a militia operating in northern Mali". All the article gives of such an
 * actor is that place, which CAMEO codes as its country; the noun's sector stays (ROLE_SECTORS,
 * a body's armed words REB). Only after "a"/"an" (someone new, not named), only a person noun
 * before "from" and a body noun before a placing participle (PLACING) and "in", only a place of a country
 * right after ("the" and one compass word may stand between: `placeFound`), not the object of a
 * verb that moves someone out of a place (REMOVALS: "recalled an ambassador from Iran"). A group
 * description found already ("a human rights group based in Kenya") keeps its code and takes the
 * place's country: that found is mutated in place, in `founds`. Other founds inside the words stop
 * the rule (a nationality word names the country already). Returns the new founds only: the
 * persons and bodies no found covered.
 */
export function placedDescriptions(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const { byStart, owner } = foundsByToken(founds, tokens.length);
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Why the article is tested first: every token passes here, and only these two can open such a description.
    if (tokens[i]!.normal !== 'a' && tokens[i]!.normal !== 'an') continue;
    const sentence = tokens[i]!.sentence;
    // A found that names no country may stand among the words ("a Christian missionary"); a nationality word names the country already.
    const countryless = (k: number): boolean => owner[k] !== undefined && owner[k]!.country === undefined && owner[k]!.actor === undefined && owner[k]!.entry?.country === undefined;
    let head = i + 1;
    while (head < tokens.length && head - i <= MAX_WORDS && tokens[head]!.sentence === sentence && (!isCapitalised(view, head) || countryless(head)) && !nounAt(view, head)) head++;
    if (head >= tokens.length || tokens[head]!.sentence !== sentence || !nounAt(view, head) || isCapitalised(view, head)) continue;
    // A noun before another is its modifier ("a rebel group"): the last one heads the phrase.
    while (tokens[head + 1]?.sentence === sentence && nounAt(view, head + 1) && !isCapitalised(view, head + 1)) head++;
    const noun = tokens[head]!;
    const inside = owner[head];
    const described = inside?.rule === 'entities/en/group-description' && inside.endToken === head + 1 && inside.country === undefined;
    if (inside !== undefined && !described) continue;
    let clear = true;
    for (let k = i + 1; k < head && clear; k++) clear = owner[k] === undefined || owner[k] === inside || countryless(k);
    if (!clear) continue;
    const body = BODY_NOUNS.has(noun.lemma) || BODY_NOUNS.has(noun.normal) || described;
    const removed = !body && tokens[i - 1]?.sentence === sentence && tokens[i - 1]!.pos === 'VERB' && REMOVALS.has(tokens[i - 1]!.lemma);
    const place = body ? (PLACING.has(tokens[head + 1]?.normal ?? '') ? placeFound(view, head + 2, byStart) : undefined) : removed ? undefined : placeFound(view, head + 1, byStart, 'from');
    const country = place === undefined ? undefined : ownCountry(place);
    if (country === undefined) continue;
    if (described) {
      inside.country = country;
      continue;
    }
    const sector = body ? bodySector(view, i + 1, head) : (ROLE_SECTORS.get(noun.normal) ?? '');
    const start = tokens[i]!.start;
    const end = noun.end;
    const base = { start, end, firstToken: i, endToken: head + 1, confidence: 0.6, surface: view.text.slice(start, end), nameStart: start, country, actor: country + sector };
    result.push(body ? { ...base, type: 'ORG', kind: 'name', rule: 'entities/en/placed-description' } : { ...base, type: 'PERSON', kind: 'description', rule: 'entities/en/placed-description', titles: [noun.normal], indefinite: true });
  }
  return result;
}

/** True when token `k` is a noun this rule reads: a person's or a body's. */
function nounAt(view: DocView, k: number): boolean {
  const t = view.tokens[k]!;
  return ROLE_SECTORS.has(t.normal) || PERSON_NOUNS.has(t.normal) || BODY_NOUNS.has(t.normal) || BODY_NOUNS.has(t.lemma);
}

/** The CAMEO sector the words from `from` to `to` give a body: REB for an armed adjective or noun ("a rebel group"), else none. */
function bodySector(view: DocView, from: number, to: number): string {
  if (view.tokens[to]!.normal === 'militia') return GROUP_SECTORS.get('militia')!;
  for (let k = from; k < to; k++) {
    const word = view.tokens[k]!.normal;
    if (ARMED_ADJECTIVES.has(word) || ARMED_NOUNS.has(word)) return 'REB';
  }
  return '';
}
