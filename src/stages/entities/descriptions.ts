import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { LEADER_WORDS } from './locales/en/lexicon.js';

/** The longest leader phrase ("prime minister", "leader") starting at token `i`, with its token count. */
function leaderPhrase(view: DocView, i: number): { phrase: string; length: number } | undefined {
  const words: string[] = [];
  let found: { phrase: string; length: number } | undefined;
  for (let j = i; j < i + 3 && j < view.tokens.length; j++) {
    const t = view.tokens[j]!;
    if (/^\p{Lu}/u.test(view.text[t.start]!) && j > i) break;
    words.push(t.normal);
    const phrase = words.join(' ');
    if (LEADER_WORDS.has(phrase)) found = { phrase, length: j - i + 1 };
  }
  return found;
}

/**
 * Descriptions that stand for a country's leader: "the Russian leader", "the US president",
 * "Russia's president". They become PERSON mentions resolved by coreference to the person who
 * holds the role (a person named in the article first, else the KB's holder on the publication date).
 */
export function findDescriptions(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  // Where names start (a title may already have moved a person's start back).
  const startsAt = new Set(founds.map((f) => view.tokenAt[f.nameStart]!));
  for (const f of founds) {
    const code = f.country ?? f.entry?.country;
    if (code === undefined || !(f.kind === 'norp' || (f.type === 'GPE' && f.entry?.id.startsWith('country:')))) continue;
    const ofForm = leaderOf(view, f, code, startsAt);
    if (ofForm) {
      result.push(ofForm);
      continue;
    }
    const before = tokens[f.firstToken - 1];
    let at = f.endToken;
    const possessive = tokens[at] !== undefined && /^['’]s$/.test(tokens[at]!.normal);
    if (possessive) at++;
    else if (before?.normal !== 'the') continue;
    const leader = leaderPhrase(view, at);
    if (!leader) continue;
    const firstToken = possessive ? f.firstToken : f.firstToken - 1;
    const endToken = at + leader.length;
    const start = tokens[firstToken]!.start;
    const end = tokens[endToken - 1]!.end;
    result.push({
      start,
      end,
      firstToken,
      endToken,
      type: 'PERSON',
      kind: 'description',
      rule: 'entities/en/coref-description',
      confidence: 0.75,
      surface: view.text.slice(start, end),
      nameStart: start,
      country: code,
      titles: LEADER_WORDS.get(leader.phrase)!,
    });
  }
  result.push(...soleOffices(view, founds));
  return result;
}

/** Offices that only one person holds anywhere, with the state whose office it is: "the Pope" needs no country word. */
const SOLE_OFFICES: ReadonlyMap<string, string> = new Map([['pope', 'VAT'], ['pontiff', 'VAT']]);

/**
 * "the Pope", "the pontiff" with no name after them (then a title, which titles.ts takes in): a
 * description of the Holy See's office holder, whom coreference finds by the title on the date.
 */
function soleOffices(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  let covered: Uint8Array | undefined;
  for (let i = 1; i < tokens.length; i++) {
    const country = SOLE_OFFICES.get(tokens[i]!.normal);
    if (country === undefined || tokens[i - 1]!.normal !== 'the' || tokens[i - 1]!.sentence !== tokens[i]!.sentence) continue;
    const next = tokens[i + 1];
    if (next !== undefined && next.sentence === tokens[i]!.sentence && (/^\p{Lu}/u.test(view.text[next.start]!) || next.pos === 'NOUN' || /^['’]s$/.test(next.normal))) continue;
    if (covered === undefined) {
      covered = new Uint8Array(tokens.length);
      for (const f of founds) for (let k = f.firstToken; k < f.endToken; k++) covered[k] = 1;
    }
    if (covered[i]) continue;
    const start = tokens[i - 1]!.start;
    const end = tokens[i]!.end;
    result.push({ start, end, firstToken: i - 1, endToken: i + 1, type: 'PERSON', kind: 'description', rule: 'entities/en/coref-description', confidence: 0.75, surface: view.text.slice(start, end), nameStart: start, country, titles: ['pope'] });
  }
  return result;
}

/**
 * "the President of Russia", "Prime Minister of Ukraine" not followed by a name: a description of
 * the country's office holder (followed by a name it is a title, which titles.ts takes in).
 */
function leaderOf(view: DocView, country: Found, code: string, startsAt: ReadonlySet<number>): Found | undefined {
  const { tokens } = view;
  if (country.kind === 'norp' || tokens[country.firstToken - 1]?.normal !== 'of' || startsAt.has(country.endToken)) return undefined;
  const ofAt = country.firstToken - 1;
  for (const length of [2, 1]) {
    const first = ofAt - length;
    if (first < 0) continue;
    const phrase = tokens.slice(first, ofAt).map((t) => t.normal).join(' ');
    const titles = LEADER_WORDS.get(phrase);
    if (!titles || tokens[first]!.sentence !== tokens[ofAt]!.sentence) continue;
    const firstToken = tokens[first - 1]?.normal === 'the' ? first - 1 : first;
    const start = tokens[firstToken]!.start;
    const end = country.end;
    return { start, end, firstToken, endToken: country.endToken, type: 'PERSON', kind: 'description', rule: 'entities/en/coref-description', confidence: 0.75, surface: view.text.slice(start, end), nameStart: start, country: code, titles };
  }
  return undefined;
}
