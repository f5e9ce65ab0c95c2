import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import { ACRONYM, classify, glued, nonPersonHead, PERSON_TITLE } from './chunk-type.js';
import type { Found } from './found.js';
import { ABSTRACT_CAPITALS, COMPASS_WORDS, FACILITY_HEADS, FUNCTION_WORDS, GROUP_ADJECTIVES, GROUP_SECTORS, NAME_JOINERS, PEOPLE_COUNTRIES, NEVER_NAME_PHRASES, NEVER_NAMES, ORG_HEADS, PLACE_HEADS, TITLE_WORDS } from './locales/en/lexicon.js';

/** A brand that starts with one lower-case letter before a capital: "iPod", "iTunes", "eBay" (not a typo like "theMoscow"). */
const LOWER_CAMEL = /^(\p{Ll})\p{Lu}\p{L}*$/u;
const LEGAL_FORMS = new Set(['inc', 'inc.', 'corp', 'corp.', 'llc', 'ltd', 'ltd.', 'plc', 'ag', 'gmbh', 'co.']);
/** The first words of the phrases that are never names ("new" of "New Year"). */
const NEVER_PHRASE_FIRSTS = new Set([...NEVER_NAME_PHRASES].map((p) => p.split(' ')[0]!));

/**
 * May token `i` be part of a name? A capitalised word that no earlier rule took, that is never a
 * name alone, and that is not glued to a number before or a currency sign after ("3GS", "AU$").
 */
function nameToken(view: DocView, taken: Uint8Array, i: number): boolean {
  const t = view.tokens[i];
  if (t === undefined || taken[i] || !isCapitalised(view, i) || NEVER_NAMES.has(t.normal) || /^'s$|^’s$/.test(t.normal)) return false;
  const before = view.tokens[i - 1];
  return view.text[t.end] !== '$' && !(before !== undefined && before.kind === 'number' && before.end === t.start);
}

/** Words seen in lower case somewhere in the document: a sentence-initial "Negotiations" is then a common word. */
function lowerWords(view: DocView): Set<string> {
  const words = new Set<string>();
  const { text } = view;
  for (const t of view.tokens) {
    if (t.kind !== 'word') continue;
    const c = text.charCodeAt(t.start);
    if (c < 128 ? c >= 97 && c <= 122 : !/\p{Lu}/u.test(text[t.start]!)) words.add(t.normal);
  }
  return words;
}

/**
 * Unknown names: runs of capitalised words the KB did not take ("Operation Spiderweb", "Joe
 * Smith", "Ministry of Health"), typed by their words and context. A capital at sentence start or
 * in a headline proves nothing, so such words count only when the article capitalises them in
 * running text too.
 */
export function findChunks(view: DocView, kb: KnowledgeBase, taken: Uint8Array, founds: readonly Found[]): Found[] {
  const { tokens, text } = view;
  const lower = lowerWords(view);
  const personSurnames = new Set(founds.filter((f) => f.type === 'PERSON').map((f) => f.surface.split(' ').at(-1)!.toLowerCase()));
  const leaders = nameLeaders(view, taken);
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!nameToken(view, taken, i)) continue;
    let end = i + 1;
    let beforeHolder = false;
    for (;;) {
      const t = tokens[end];
      if (!t || t.sentence !== tokens[i]!.sentence) break;
      // A title inside a run starts a new name: "Apple Computer | CEO Steve Jobs", also one the KB found
      // ("Foreign Intelligence Service | Director Sergei Naryshkin"); not a title word before an organisation's or place's head, part of its name ("Tokyo Metropolitan Government").
      if (PERSON_TITLE.test(t.normal) && end > i && !PERSON_TITLE.test(tokens[end - 1]!.normal) && !nonPersonHead(tokens[end + 1]?.normal ?? '') && (nameToken(view, taken, end + 1) || (taken[end + 1] === 1 && isCapitalised(view, end + 1) && tokens[end + 1]!.sentence === t.sentence))) break;
      // A company's legal form ends its name: "Chrysler LLC | Jim Press", "Apple Inc. | Steve Jobs".
      if (LEGAL_FORMS.has(tokens[end - 1]!.normal) && kb.index.firstNames.has(t.normal)) break;
      // After a title and what it heads, or a common word, a first name starts the holder's name:
      // "Minister for CIS Affairs | Leonid Drachevsky", "Industry and Trade | Denis Manturov".
      if (kb.index.firstNames.has(t.normal) && (TITLE_WORDS.has(tokens[i]!.normal) || lower.has(tokens[end - 1]!.normal)) && !kb.index.firstNames.has(tokens[end - 1]!.normal) && nameToken(view, taken, end) && nameToken(view, taken, end + 1) && headsSomething(tokens, i, end)) {
        beforeHolder = true;
        break;
      }
      if (nameToken(view, taken, end) && t.start - tokens[end - 1]!.end <= 1) end++;
      else if ((NAME_JOINERS.has(t.normal) || t.normal === '-') && !isCapitalised(view, end) && nameToken(view, taken, end + 1) && t.normal !== 'and') end += 2;
      // A short lower-case particle between hyphens inside a name: "Fazl-ur-Rehman", "Shan-e-Mustafa".
      else if (t.normal === '-' && t.start === tokens[end - 1]!.end && glued(tokens, end, 4) && tokens[end + 2]?.normal === '-' && NAME_PARTICLES.has(text.slice(tokens[end + 1]!.start, tokens[end + 1]!.end)) && nameToken(view, taken, end + 3)) end += 4;
      // An Arabic article glued to the next name word: "Omar Hassan al-Bashir", "Hamad bin Khalifa al-Thani".
      else if ((t.normal === 'al' || t.normal === 'el') && tokens[end + 1]?.normal === '-' && tokens[end + 1]!.start === t.end && tokens[end + 2]?.start === tokens[end + 1]!.end && nameToken(view, taken, end + 2)) end += 3;
      else if (t.normal === '-' && t.start === tokens[end - 1]!.end && nameToken(view, taken, end + 1)) end += 2;
      else break;
    }
    let first = i;
    // Leading function words and titles are not part of the name ("The", "President"). A title
    // followed by "of" names what it heads: "Vice Chairman of Chrysler" is the company, not a person.
    let titled = false;
    let owner = -1;
    while (first < end && !nameArticle(view, first, end) && (FUNCTION_WORDS.has(tokens[first]!.normal) || TITLE_WORDS.has(tokens[first]!.normal) || NAME_JOINERS.has(tokens[first]!.normal))) {
      if (PERSON_TITLE.test(tokens[first]!.normal)) titled = true;
      if (first > i && NAME_JOINERS.has(tokens[first]!.normal)) owner = first + 1;
      first++;
    }
    const owned = owner !== -1;
    if (owned) titled = false;
    // A title phrase before its holder's name ("Chief Physician | Alexei Slobodyanik") is a role, not a name.
    if (titled && beforeHolder) {
      i = end - 1;
      continue;
    }
    // Drop trailing joiners ("Bank of").
    while (end > first && NAME_JOINERS.has(tokens[end - 1]!.normal)) end--;
    // Title words that are no person's title before a body's head and what it heads belong to its name:
    // "State Committee for Emergency Situations", "Supreme Council for Security" (not "Committee for …").
    if (first > i && first < end && !owned && ORG_HEADS.has(tokens[first]!.normal) && (tokens[first + 1]?.normal === 'for' || tokens[first + 1]?.normal === 'of') && first + 2 < end && titlesOfBody(tokens, i, first)) first = i;
    // "General Motors", "President Hotel": a title before an organisation or place head is part of that name.
    let titleInName = false;
    if (first > i && first < end && nonPersonHead(tokens[end - 1]!.normal)) {
      // From the owner on when a title heads it: "Chief Executive Officer of | General Motors".
      first = owned ? owner : i;
      titled = false;
      while (first < end && FUNCTION_WORDS.has(tokens[first]!.normal)) first++;
      titleInName = first < end && TITLE_WORDS.has(tokens[first]!.normal);
    }
    // Capitals that prove nothing: keep only words the article capitalises in running text too, or a people's name (never a common word).
    // A known first name before another name word stays ("Steve Jobs" in a headline), and so does
    // a word that opens a longer name elsewhere in the article ("Apple" after "Apple Computer").
    while (first < end && !titled && !titleInName && capitalProvesNothing(view, first) && !view.capitalisedInRunningText.has(tokens[first]!.normal) && !(end - first === 1 && PEOPLE_COUNTRIES.has(tokens[first]!.normal) && !kb.index.firstNames.has(tokens[first]!.normal)) && !peopleBeforeNoun(view, first, end) && !(end - first > 1 && kb.index.firstNames.has(tokens[first]!.normal) && !lower.has(tokens[first]!.normal)) && !(leaders.has(tokens[first]!.normal) && !lower.has(tokens[first]!.normal))) {
      if (end - first > 1 && !view.headline[tokens[first]!.sentence] && !lower.has(tokens[first]!.normal) && !FUNCTION_WORDS.has(tokens[first]!.normal)) break;
      first++;
    }
    if (view.headline[tokens[i]!.sentence] && !titled) {
      while (end > first && !view.capitalisedInRunningText.has(tokens[end - 1]!.normal)) end--;
    }
    const from = i;
    // Never step back: a headline's trimmed run may end before it started.
    i = Math.max(i, end - 1);
    if (first >= end) continue;
    const start = tokens[first]!.start;
    const stop = tokens[end - 1]!.end;
    const surface = text.slice(start, stop);
    // Why the length and first-word tests first: they spare most chunks the regex and the joined phrase.
    if ((surface.length <= 3 && /^[\p{Lu}]\.?$/u.test(surface)) || (NEVER_PHRASE_FIRSTS.has(tokens[first]!.normal) && NEVER_NAME_PHRASES.has(tokens.slice(first, end).map((t) => t.normal).join(' ')))) continue;
    if (genericOnly(view, first, end, lower)) continue;
    const brand = tokens[first - 1];
    const camel = brand && LOWER_CAMEL.exec(text.slice(brand.start, brand.end));
    if (first === from && brand && camel && brand.end === start - 1 && !FUNCTION_WORDS.has(camel[1]!)) {
      // "iPod Nano", "iTunes Music Store": the rest of a name that starts in lower case, a product's.
      for (let k = from; k < end; k++) taken[k] = 1;
      result.push({ start: brand.start, end: stop, firstToken: first - 1, endToken: end, type: 'OTHER', kind: 'name', rule: 'entities/en/product-name', confidence: 0.5, surface: text.slice(brand.start, stop), nameStart: brand.start });
      continue;
    }
    const people = peopleCountry(view, kb, first, end);
    if (people) {
      for (let k = from; k < end; k++) taken[k] = 1;
      result.push({ start, end: stop, firstToken: first, endToken: end, type: 'NORP', kind: 'name', rule: 'entities/en/people', confidence: 0.8, surface, nameStart: start, ...people });
      continue;
    }
    const [type, evidence] = groupAdjective(tokens, first, end) ? (['NORP', 'name'] as const) : classify(view, kb, first, end, titled, personSurnames, lower);
    for (let k = from; k < end; k++) taken[k] = 1;
    const found: Found = { start, end: stop, firstToken: first, endToken: end, type, kind: 'name', rule: 'entities/en/proper-chunk', confidence: 0.6, surface, nameStart: start };
    if (evidence !== 'name') found.guess = evidence;
    result.push(found);
  }
  return result;
}

/**
 * First words of two-word capitalised runs outside headlines ("Apple" of "Apple Computer"), no
 * function word or title on either side: a lone capital of the same word opens that name too.
 */
function nameLeaders(view: DocView, taken: Uint8Array): Set<string> {
  const { tokens } = view;
  const leaders = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]!;
    if (view.headline[t.sentence] || next.sentence !== t.sentence || next.start - t.end !== 1) continue;
    if (!nameToken(view, taken, i) || !nameToken(view, taken, i + 1)) continue;
    if ([t, next].some((w) => FUNCTION_WORDS.has(w.normal) || TITLE_WORDS.has(w.normal))) continue;
    leaders.add(t.normal);
  }
  return leaders;
}

/** A people or faith word, no compass word, alone before a lower-case noun ("Kurdish leaders", "Moslem forces" opening a sentence). */
function peopleBeforeNoun(view: DocView, first: number, end: number): boolean {
  const word = view.tokens[first]!.normal;
  const next = view.tokens[end];
  return end - first === 1 && GROUP_ADJECTIVES.has(word) && !COMPASS_WORDS.has(word) && next !== undefined && next.sentence === view.tokens[first]!.sentence && next.pos === 'NOUN' && !isCapitalised(view, end);
}

/** Nouns for the leaders of a group, which give a nationality word the government sector but a people's word none. */
const PEOPLE_LEADERS = new Set(['leaders', 'leadership']);

/**
 * The country of a people named by one word ("Yoruba leaders", "Karen guerrillas": NGA, MMR), with
 * the sector the noun after it gives (MMRREB), but for its leaders. A people's name that is also a first name ("Karen")
 * counts only before a lower-case noun.
 */
function peopleCountry(view: DocView, kb: KnowledgeBase, first: number, end: number): { country: string; actor: string } | undefined {
  const { tokens } = view;
  // An acronym of the same letters is something else ("the IBO belt").
  if (end - first !== 1 || ACRONYM.test(view.text.slice(tokens[first]!.start, tokens[first]!.end))) return undefined;
  const country = PEOPLE_COUNTRIES.get(tokens[first]!.normal);
  if (country === undefined) return undefined;
  const next = tokens[end];
  const sameSentence = next !== undefined && next.sentence === tokens[first]!.sentence;
  const nounAfter = sameSentence && !isCapitalised(view, end) && (next.pos === 'NOUN' || next.pos === 'ADJ');
  if (kb.index.firstNames.has(tokens[first]!.normal) && !nounAfter) return undefined;
  const after = tokens[end + 1];
  const noun = !sameSentence ? undefined : GROUP_SECTORS.has(next.normal) ? next.normal : after && after.sentence === next.sentence && GROUP_SECTORS.has(after.normal) ? after.normal : undefined;
  // A people's leaders are not its state's government: "Yoruba leaders" are Nigerians (NGA), not NGAGOV.
  const sector = noun === undefined || PEOPLE_LEADERS.has(noun) ? undefined : GROUP_SECTORS.get(noun);
  return { country, actor: country + (sector ?? '') };
}

/** Lower-case particles of Arabic, Persian and Urdu names written between hyphens ("Fazl-ur-Rehman", "Shan-e-Mustafa", "Bab-el-Mandab"). */
const NAME_PARTICLES = new Set(['ur', 'ul', 'us', 'e', 'el', 'al', 'ud', 'ad', 'uz', 'ed', 'ibn', 'bin']);

/** True for a group adjective: "European", or a compass word and a demonym ("North American", "West African"). */
function groupAdjective(tokens: DocView['tokens'], first: number, end: number): boolean {
  if (end - first === 1) return GROUP_ADJECTIVES.has(tokens[first]!.normal);
  return end - first === 2 && COMPASS_WORDS.has(tokens[first]!.normal) && /(?:ans?|ese)$/.test(tokens[first + 1]!.normal);
}

/** True when tokens [from, to) hold a word that is no title or joiner: the owner in "Minister for CIS Affairs". */
function headsSomething(tokens: DocView['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!TITLE_WORDS.has(tokens[k]!.normal) && !NAME_JOINERS.has(tokens[k]!.normal)) return true;
  return false;
}

/**
 * Capitalised common nouns are no names: a chunk made only of titles and joiners ("Chief of
 * Staff", "Presidents"), a lone organisation or place word ("Government", "Region"), or a single
 * word the article also writes in lower case ("Year" when "year" occurs too). Acronyms stay.
 */
function genericOnly(view: DocView, first: number, end: number, lower: ReadonlySet<string>): boolean {
  const { tokens, text } = view;
  const titleWord = (w: string): boolean => TITLE_WORDS.has(w) || NAME_JOINERS.has(w) || (w.endsWith('s') && TITLE_WORDS.has(w.slice(0, -1)));
  if (tokens.slice(first, end).every((t) => titleWord(t.normal))) return true;
  if (end - first !== 1) return false;
  const only = tokens[first]!;
  const w = only.normal;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  if ([w, singular].some((x) => ORG_HEADS.has(x) || PLACE_HEADS.has(x) || FACILITY_HEADS.has(x) || ABSTRACT_CAPITALS.has(x))) return true;
  return lower.has(w) && !ACRONYM.test(text.slice(only.start, only.end));
}

/** Articles of Romance, Germanic and Arabic names that open the name they stand in: "La Prensa", "Le Monde", "Al-Ahram", "De Telegraaf". */
const NAME_ARTICLES = new Set(['la', 'le', 'les', 'el', 'al', 'los', 'las', 'il', 'de', 'der', 'die', 'het']);

/**
 * True when token `k` is such an article, capitalised where a capital proves a name (not opening a
 * sentence, where "La" may be any word's), and the name goes on after it: "the newspaper La Prensa".
 */
function nameArticle(view: DocView, k: number, end: number): boolean {
  return k + 1 < end && NAME_ARTICLES.has(view.tokens[k]!.normal) && isCapitalised(view, k) && !capitalProvesNothing(view, k);
}

/** True when tokens [from, to) are title words that are no person's title nor function words ("State", "National Security"). */
function titlesOfBody(tokens: DocView['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!TITLE_WORDS.has(tokens[k]!.normal) || PERSON_TITLE.test(tokens[k]!.normal) || FUNCTION_WORDS.has(tokens[k]!.normal)) return false;
  return true;
}
