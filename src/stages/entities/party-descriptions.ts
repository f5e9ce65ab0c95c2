import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** Lower-case heads of a party description. */
const PARTY_HEADS = new Set(['party', 'parties', 'coalition', 'alliance']);
/**
 * The word that says whose side a party is on, and the CAMEO sector of its country it stands for
 * (PETRARCH agents: RULING_PARTY [~GOV], RULING_COALITION [~GOV], OPPOSITION_PARTY [~OPP]).
 */
const SIDES: ReadonlyMap<string, string> = new Map([['ruling', 'GOV'], ['governing', 'GOV'], ['opposition', 'OPP']]);
/** Words that may come before the side word ("main opposition party", "largest opposition party"). */
const RANKS = new Set(['main', 'largest', 'biggest', 'leading', 'new', 'former', 'two', 'three', 'small', 'powerful']);

/**
 * A country's parties described in lower case after its name's possessive: "Cambodia's ruling
 * party" (KHMGOV), "Kenya's main opposition party" (KENOPP). With no country before, the words
 * stay no mention: whose party it is is not said.
 */
export function findPartyDescriptions(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const countryEnding = new Map<number, string>();
  for (const f of founds) if (f.entry?.id.startsWith('country:') && f.entry.country !== undefined) countryEnding.set(f.endToken, f.entry.country);
  if (countryEnding.size === 0) return [];
  const covered = new Uint8Array(tokens.length);
  for (const f of founds) for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
  const result: Found[] = [];
  for (let i = 2; i < tokens.length; i++) {
    // Why the head word is tested first: every token passes here, and only four words can head a party.
    if (!PARTY_HEADS.has(tokens[i]!.normal) || covered[i]) continue;
    const side = SIDES.get(tokens[i - 1]!.normal);
    if (side === undefined) continue;
    const first = RANKS.has(tokens[i - 2]!.normal) ? i - 2 : i - 1;
    const possessive = first - 1;
    const country = possessive >= 1 && POSSESSIVE.test(tokens[possessive]!.normal) && tokens[possessive]!.sentence === tokens[i]!.sentence ? countryEnding.get(possessive) : undefined;
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    const start = tokens[first]!.start;
    const end = tokens[i]!.end;
    result.push({ start, end, firstToken: first, endToken: i + 1, type: 'ORG', kind: 'name', rule: 'entities/en/party-description', confidence: 0.75, surface: view.text.slice(start, end), nameStart: start, country, actor: country + side });
  }
  return result;
}

/** Words that may stand between a name's comma and the party description in apposition ("the", "Uganda's"). */
const APPOSITION_GLUE = /^(?:the|a|an|['’]s)$/;

/**
 * An unknown organisation's name with a party description in apposition takes the description's
 * country and actor: "The Forum for Democratic Change, Uganda's main opposition party, accused …"
 * UGAOPP. The description must close the apposition (a comma, a full stop or the sentence's end)
 * and only articles, a country and "'s" may stand between. Mutates the founds in place.
 */
export function namedParties(view: DocView, founds: readonly Found[]): void {
  const { tokens } = view;
  let byFirst: Map<number, Found> | undefined;
  for (const f of founds) {
    if (f.kind !== 'name' || f.type !== 'ORG' || f.entry !== undefined || f.country !== undefined || f.actor !== undefined || tokens[f.endToken]?.normal !== ',') continue;
    if (byFirst === undefined) {
      byFirst = new Map();
      for (const o of founds) if (!byFirst.has(o.firstToken) || o.rule === 'entities/en/party-description') byFirst.set(o.firstToken, o);
    }
    const sentence = tokens[f.firstToken]!.sentence;
    let k = f.endToken + 1;
    while (k < tokens.length && tokens[k]!.sentence === sentence) {
      const at = byFirst.get(k);
      if (at?.rule === 'entities/en/party-description') {
        const after = tokens[at.endToken];
        if (after === undefined || after.sentence !== sentence || /^[,.;]$/.test(after.normal)) {
          f.country = at.country!;
          f.actor = at.actor!;
        }
        break;
      }
      if (at?.entry?.id.startsWith('country:')) k = at.endToken;
      else if (APPOSITION_GLUE.test(tokens[k]!.normal)) k++;
      else break;
    }
  }
}
