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
