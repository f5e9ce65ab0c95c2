/**
 * Places that stand for a government: a capital that acts ("Tehran has announced", "used by Kiev") is
 * its country's government, and a town before a government word ("the Khartoum government", "the
 * Cankaya district administration") names a government of its country.
 */
import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import type { KbHit } from './kb-match.js';
import { claimantOn, isSideNoun } from './separatist-sides.js';

/** Lower-case words after a capital city that make it its country's government ("the Khartoum government"). */
export const GOVERNMENT_WORDS = new Set(['government', 'regime', 'authorities', 'leadership', 'administration']);

/** Words before a capital that make it the agent or partner of an act: "used by Kiev", "split with Moscow". */
const AGENT_BEFORE = new Set(['by', 'with']);

/**
 * A capital that acts stands for its country's government ("Tehran has announced", "Tirana split
 * with Moscow", "used by Kiev"): the CAMEO actor COUNTRY+GOV, when a verb follows it as its subject
 * or "by" or "with" comes before it (not "against": sports teams are named by their city). Elsewhere ("in central Athens", "Moscow and St
 * Petersburg", "Moscow region") it stays a place.
 */
export function capitalAsActor(view: DocView, hit: KbHit, entry: KbEntry, kb: KnowledgeBase): string | undefined {
  const country = entry.country;
  if (!entry.id.startsWith('city:') && !entry.id.startsWith('place:')) return undefined;
  if (country === undefined || kb.capitals.get(country) !== entry.name) return undefined;
  const sentence = view.tokens[hit.firstToken]!.sentence;
  const before = view.tokens[hit.firstToken - 1];
  const after = view.tokens[hit.endToken];
  const sameBefore = before !== undefined && before.sentence === sentence;
  if (sameBefore && AGENT_BEFORE.has(before.normal)) return after?.pos === 'NOUN' ? undefined : `${country}GOV`;
  // A subject: a verb right after it, and nothing before that makes it a place ("in Moscow has", "central Athens was").
  const subject = after !== undefined && after.sentence === sentence && (after.pos === 'VERB' || after.pos === 'AUX');
  return subject && !(sameBefore && (before.pos === 'ADP' || before.pos === 'ADJ' || before.pos === 'ADV' || before.pos === 'NOUN' || before.pos === 'PROPN')) ? `${country}GOV` : undefined;
}

/** Lower-case words between a place and its government word ("the Cankaya district administration", "the Moscow city government"). */
const LOCAL_WORDS = new Set(['district', 'city', 'province', 'provincial', 'regional', 'municipal', 'local', 'state', 'county', 'town']);

/**
 * "The Khartoum government", "Ankara's Cankaya district administration": a place and a government
 * word are a government of its country (CAMEO codes local government as GOV too: SDNGOV, TURGOV),
 * an organisation around the place's own mention; a capital's alone stands for the country's. A
 * place a separatist entity claims on `date` (the publication day), before a side noun, is left to
 * separatistSides ("the Donetsk leadership" in 2017).
 */
export function placeGovernment(view: DocView, hit: KbHit, entry: KbEntry, kb: KnowledgeBase, date: string | undefined): Found | undefined {
  const country = entry.country;
  // A town or a federation's state, not a region: "the Donbass leadership" is no government of Ukraine, "the Rivers State government" is one of Nigeria.
  const town = entry.id.startsWith('city:') || (entry.id.startsWith('place:') && entry.geo?.feature !== 'region') || (entry.id.startsWith('region:') && entry.name.endsWith(' State'));
  if (!town || country === undefined || !/^[A-Z]{3}$/.test(country)) return undefined;
  const sentence = view.tokens[hit.firstToken]!.sentence;
  let k = hit.endToken;
  if (view.tokens[k] && LOCAL_WORDS.has(view.tokens[k]!.normal) && !isCapitalised(view, k)) k++;
  const word = view.tokens[k];
  if (!word || word.sentence !== sentence || !GOVERNMENT_WORDS.has(word.normal) || isCapitalised(view, k)) return undefined;
  // A place a separatist entity claims on the date, right before a side noun, is that side's ("the Donetsk leadership" in 2017), which separatistSides takes; before the claim it is the town's.
  if (k === hit.endToken && isSideNoun(view, k) && claimantOn(entry, kb, date) !== undefined) return undefined;
  // "The Roosevelt administration" is a president's: a town's administration needs a local word ("district administration").
  if (word.normal === 'administration' && k === hit.endToken) return undefined;
  const capital = k === hit.endToken && kb.capitals.get(country) === entry.name;
  const surface = view.text.slice(hit.start, word.end);
  return { start: hit.start, end: word.end, firstToken: hit.firstToken, endToken: k + 1, type: 'ORG', kind: 'name', rule: capital ? 'entities/en/capital-government' : 'entities/en/local-government', confidence: 0.8, surface, nameStart: hit.start, country, actor: `${country}GOV` };
}
