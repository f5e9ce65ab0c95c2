/**
 * Which knowledge-base matches count as the name they spell: not a date or a currency prefix, not a
 * word of a longer unknown name ("Fritz Henderson", "Munich Security Conference", "Crimea Bridge"),
 * not a compass word's region people ("North American"), and a name that is also a common word only
 * where a capital proves it a name.
 */
import { arabicNameTail } from './arabic-names.js';
import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import { INSTITUTIONS } from './group-actors.js';
import type { KbHit } from './kb-match.js';
import { COMPASS_WORDS, EVENT_HEADS, FACILITY_HEADS, FUNCTION_WORDS, NEVER_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './locales/en/lexicon.js';

/** A month name and a day ("May 15", "Jan. 3"): never the name it spells. */
const DATE_LIKE = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}$/i;

/** True when the capitalised run from token `i` (up to four words) ends in an event word: "Security Conference". */
function namesEvent(view: DocView, i: number): boolean {
  const sentence = view.tokens[i]!.sentence;
  for (let k = i; k < i + 4 && k < view.tokens.length && view.tokens[k]!.sentence === sentence && isCapitalised(view, k); k++) {
    if (EVENT_HEADS.has(view.tokens[k]!.normal)) return true;
  }
  return false;
}

/** May token `i` belong to a longer unknown name next to a place name? A capitalised word, not a function word or a title. */
function nameNeighbour(view: DocView, i: number, sentence: number): boolean {
  const t = view.tokens[i];
  return t !== undefined && t.sentence === sentence && isCapitalised(view, i) && !FUNCTION_WORDS.has(t.normal) && !NEVER_NAMES.has(t.normal) && !ORG_HEADS.has(t.normal) && !PLACE_HEADS.has(t.normal);
}

/**
 * Which KB matches count. Names that are also common words ("Mobile", "Split") count only where
 * a capital proves a name. A one-word GeoNames city or organisation name right next to another
 * capitalised word is part of a longer name ("Fritz Henderson", "Mr Howard", "State Kremlin
 * Palace"), unless that word is a title or a place or organisation word ("Moscow Mayor").
 */
export function acceptHit(view: DocView, hit: KbHit, lastEnd: number, firstNames: ReadonlySet<string>): boolean {
  const sentence = view.tokens[hit.firstToken]!.sentence;
  // A date ("May 15") or a currency prefix ("AU$", "US$ 14 billion") is never the name it spells.
  if (DATE_LIKE.test(view.text.slice(hit.start, hit.end)) || view.text[hit.end] === '$') return false;
  // "Hassan al-Turabi": a one-word name before an Arabic name's article is that name's first word, not the town or person it spells.
  if (hit.endToken - hit.firstToken === 1 && arabicNameTail(view, hit.endToken, sentence)) return false;
  // "North American", "West African": the compass word and the demonym are one group word, not the country's.
  const before = view.tokens[hit.firstToken - 1];
  // But "Eastern Congolese militias", "southern Sudanese rebels": a part of one country's people, before a lower-case noun.
  if (hit.names.every((n) => n.kind === 'demonym') && before && before.end === hit.start - 1 && COMPASS_WORDS.has(before.normal) && isCapitalised(view, hit.firstToken - 1) && !partOfPeople(view, hit, before.normal)) return false;
  const embeddable = hit.endToken - hit.firstToken === 1 && hit.names.every((n) => n.entry.id.startsWith('city:') || (n.entry.type === 'ORG' && !n.exactCase));
  // "Mr President, dear Vladimir": a name after "dear" addresses a person, never a town of that name.
  if (embeddable && before?.normal === 'dear' && before.sentence === sentence && hit.names.every((n) => n.entry.id.startsWith('city:'))) return false;
  if (embeddable) {
    const next = view.tokens[hit.endToken];
    // A title after a town is its office's ("Moscow Mayor …"), but not one before an organisation's head, a word of its name ("Tokyo Metropolitan Government").
    const after = view.tokens[hit.endToken + 1];
    if (next && nameNeighbour(view, hit.endToken, sentence) && (!TITLE_WORDS.has(next.normal) || (after !== undefined && after.sentence === sentence && ORG_HEADS.has(after.normal) && isCapitalised(view, hit.endToken + 1)))) return false;
    // "Kurchatov Institute", "Hopkins University": an institution named after a person or town is one name.
    if (next && next.sentence === sentence && INSTITUTIONS.has(next.normal) && isCapitalised(view, hit.endToken) && hit.names.every((n) => n.entry.id.startsWith('city:'))) return false;
    const at = hit.firstToken - 1;
    if (before && lastEnd !== hit.firstToken && before.sentence === sentence && isCapitalised(view, at) && !FUNCTION_WORDS.has(before.normal) && !ORG_HEADS.has(before.normal)) {
      if (!capitalProvesNothing(view, at) || view.capitalisedInRunningText.has(before.normal) || NEVER_NAMES.has(before.normal) || TITLE_WORDS.has(before.normal) || firstNames.has(before.normal)) return false;
    }
    // "Munich Security Conference", "Sochi Winter Olympics": a town before a named event is part of its name.
    if (next && next.sentence === sentence && isCapitalised(view, hit.endToken) && namesEvent(view, hit.endToken)) return false;
  }
  // "Crimea Bridge", "Kyiv Airport": a place before a capitalised facility word names the facility.
  const after = view.tokens[hit.endToken];
  if (after && after.sentence === sentence && FACILITY_HEADS.has(after.normal) && isCapitalised(view, hit.endToken) && hit.names.every((n) => n.entry.type === 'GPE' || n.entry.type === 'LOC')) return false;
  if (!hit.names.every((n) => n.entry.common)) return true;
  return !capitalProvesNothing(view, hit.firstToken) && (view.tokens[hit.endToken] === undefined || !/^\p{Lu}/u.test(view.text[view.tokens[hit.endToken]!.start]!));
}

/**
 * True when a compass adjective ("Eastern", "Southern") and a country's nationality word before a
 * lower-case noun name the people of a part of that country ("Eastern Congolese militias"), not a
 * region's people as "North American" or "West African" do.
 */
function partOfPeople(view: DocView, hit: KbHit, compass: string): boolean {
  const next = view.tokens[hit.endToken];
  return compass.endsWith('ern') && hit.names.some((n) => n.entry.id.startsWith('country:')) && next !== undefined && next.sentence === view.tokens[hit.firstToken]!.sentence && !isCapitalised(view, hit.endToken) && next.pos === 'NOUN';
}
