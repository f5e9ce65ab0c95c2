/**
 * The type of an unknown capitalised name (PERSON, ORG, GPE, …) from its own words and the words
 * around it, and how sure that type is.
 */
import type { EntityType } from '../../core/mention.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { isCapitalised, type DocView } from './doc-view.js';
import { DOCUMENT_HEADS, EVENT_HEADS, FACILITY_HEADS, FUNCTION_WORDS, ORG_HEADS, ORG_STARTS, PLACE_HEADS, WEAK_ORG_HEADS } from './locales/en/lexicon.js';

/** An acronym: a capital, then one to six capitals, digits, '&' or dots ("UNITA", "AT&T", "U.N."). */
export const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,6}$/u;
/** Titles and honorifics that make the capitalised name after them a person ("President", "Gen.", "Ayatollah"). */
export const PERSON_TITLE = /^(president|minister|secretary|king|queen|prince|princess|pope|chancellor|premier|mayor|governor|senator|sen\.|rep\.|general|gen\.|colonel|col\.|commander|ambassador|envoy|spokesman|spokeswoman|spokesperson|mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord|lady|judge|ayatollah|sheikh|emir|sultan|cardinal|archbishop|bishop|patriarch|metropolitan|imam|rabbi|ceo|chairman|chairwoman|director|chief|leader|aide|adviser|advisor|captain|capt\.|lieutenant|lt\.|major|maj\.|admiral|adm\.|marshal)$/;
/** Verbs of saying after a two- or three-word name that make it a person ("… said"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'noted', 'stated', 'wrote', 'explained', 'argued', 'insisted', 'warned', 'stressed']);
/** Surname endings common in the names news reports carry (Russian, Ukrainian, Armenian, Georgian, Slavic, Turkish, Romanian, Nordic, Spanish). */
const SURNAME_END = /(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yan|ian|enko|chuk|yuk|uk|sky|skiy|skyi|ski|skaya|vich|ovich|evich|shvili|idze|adze|oglu|escu|sson|sen|ez)$/;
/** Lower-case nouns before a name that make it an organisation: "automaker Chrysler", "the firm Cerberus". */
const ORG_DESCRIPTORS = new Set(['company', 'firm', 'automaker', 'carmaker', 'maker', 'manufacturer', 'giant', 'conglomerate', 'retailer', 'bank', 'insurer', 'airline', 'operator', 'producer', 'supplier', 'broadcaster', 'newspaper', 'agency', 'group', 'organisation', 'organization', 'party', 'militia', 'union']);
/** Lower-case nouns before a name that make it a product: "model Falcon", "the operating system Mac OS X". */
const PRODUCT_DESCRIPTORS = new Set(['model', 'models', 'system', 'software', 'device', 'laptop', 'computer', 'phone', 'smartphone', 'sedan', 'vehicle', 'missile', 'missiles', 'rifle', 'drone', 'drones', 'tank', 'aircraft', 'jet', 'helicopter', 'warship', 'submarine', 'frigate', 'vessel', 'tanker']);
/** Prepositions of place before a one-word name that make it weakly a place ("in X"). */
const LOCATIVE = new Set(['in', 'near', 'outside', 'from', 'across', 'around']);
/** Lower-case words that make the name next to them a place: "Sindh province", "the town of Samarra". */
const PLACE_DESCRIPTORS = new Set(['province', 'region', 'district', 'city', 'town', 'village', 'county', 'governorate', 'oblast', 'municipality', 'township', 'port']);

/** True when the `count` tokens from `from` on follow each other with no space. */
export function glued(tokens: DocView['tokens'], from: number, count: number): boolean {
  for (let k = from + 1; k < from + count; k++) if (tokens[k] === undefined || tokens[k]!.start !== tokens[k - 1]!.end) return false;
  return true;
}

/** True when "TITLE of" and a name of up to three words come right before token `first`: "President of Yugoslavia | Vojislav Kostunica". */
function titleOfBefore(view: DocView, first: number): boolean {
  const { tokens, text } = view;
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && isCapitalised(view, k) && tokens[k]!.sentence === tokens[first]!.sentence) k--;
  const title = tokens[k - 1];
  return k < first - 1 && tokens[k]?.normal === 'of' && !FUNCTION_WORDS.has(tokens[k + 1]!.normal) && title !== undefined && PERSON_TITLE.test(title.normal) && /^\p{Lu}/u.test(text[title.start]!);
}

/** True for last words that make a name an organisation, place or facility rather than a person. */
export function nonPersonHead(word: string): boolean {
  return ORG_HEADS.has(word) || PLACE_HEADS.has(word) || FACILITY_HEADS.has(word);
}

/**
 * How sure a chunk's type is: `name` when the name's own words or a title say it, `context` when
 * only the words after or before it do ("… said", "automaker …"), `locative` after "in", `default`
 * when nothing does (ORG).
 */
export type TypeEvidence = 'name' | 'context' | 'locative' | 'default';

/** The type of an unknown name, from its words and the words around it, with how it was found. */
export function classify(view: DocView, kb: KnowledgeBase, first: number, end: number, titled: boolean, surnames: ReadonlySet<string>, lower: ReadonlySet<string>): [EntityType, TypeEvidence] {
  const { tokens, text } = view;
  const words = tokens.slice(first, end).map((t) => t.normal);
  const last = words.at(-1)!;
  // A hyphenated surname is one name word ("Ken Saro-Wiwa": four tokens, two words).
  let hyphens = 0;
  for (let k = first + 1; k < end - 1; k++) if (tokens[k]!.normal === '-' && glued(tokens, k - 1, 3)) hyphens++;
  const nameWords = words.length - 2 * hyphens;
  const surface = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  const previous = tokens[first - 1];
  if (titled || (previous && PERSON_TITLE.test(previous.normal) && /^\p{Lu}/u.test(text[previous.start]!) && !nonPersonHead(last)) || (titleOfBefore(view, first) && !nonPersonHead(last))) return ['PERSON', 'name'];
  if (words[0] === 'operation' && words.length > 1) return ['EVENT', 'name'];
  const suffixed = /^(jr\.?|sr\.?|ii|iii|iv)$/.test(last) ? 1 : 0;
  const nameLike = nameWords > 1 && nameWords <= 3 + suffixed && kb.index.firstNames.has(words[0]!);
  if (nameLike && (!nonPersonHead(last) || WEAK_ORG_HEADS.has(last))) return ['PERSON', 'name'];
  if (words.length === 3 && /^\p{L}\.$/u.test(words[1]!) && words.every((w, k) => k === 1 || /^\p{L}{2,}$/u.test(w)) && !nonPersonHead(last)) return ['PERSON', 'name'];
  if (words.length >= 2 && words.length <= 3 && SURNAME_END.test(last) && !nonPersonHead(last) && !lower.has(words[0]!) && words.every((w) => /^\p{L}+$/u.test(w))) return ['PERSON', 'name'];
  if (ORG_HEADS.has(last) || (ORG_STARTS.has(words[0]!) && words.includes('of'))) return ['ORG', 'name'];
  if (words.length > 1 && EVENT_HEADS.has(last)) return ['EVENT', 'name'];
  if (DOCUMENT_HEADS.has(last)) return ['WORK', 'name'];
  if (FACILITY_HEADS.has(last)) return ['FAC', 'name'];
  if (PLACE_HEADS.has(last)) return [/^(sea|ocean|river|lake|mountains|mountain|valley|bay|gulf|strait|peninsula|desert|coast)$/.test(last) ? 'LOC' : 'GPE', 'name'];
  if (words.length === 1 && ACRONYM.test(surface)) return ['ORG', 'name'];
  if (surnames.has(last)) return ['PERSON', 'name'];
  const next = tokens[end];
  if (words.length >= 2 && words.length <= 3 && next && SPEECH_VERBS.has(next.normal)) return ['PERSON', 'context'];
  if (previous && ORG_DESCRIPTORS.has(previous.normal)) return ['ORG', 'context'];
  const before = tokens[first - 2];
  if ((next && next.sentence === tokens[first]!.sentence && PLACE_DESCRIPTORS.has(next.normal) && !/^\p{Lu}/u.test(text[next.start]!)) || (previous?.normal === 'of' && before && PLACE_DESCRIPTORS.has(before.normal))) return ['GPE', 'context'];
  if (previous && PRODUCT_DESCRIPTORS.has(previous.normal)) return ['OTHER', 'context'];
  // "in X" is weak evidence (a stake in a company, a role in a group): it counts less than the default.
  if (words.length === 1 && previous && LOCATIVE.has(previous.normal)) return ['GPE', 'locative'];
  return ['ORG', 'default'];
}
