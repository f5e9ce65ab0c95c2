import { capitalProvesNothing, isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { FUNCTION_WORDS } from './locales/en/lexicon.js';
import { countriesNamed, peopleState, placedIn } from './people-states.js';
import { PAST } from './role-nouns.js';

/** Nouns of irregular armed groups: a capitalised word before one names whose they are ("Hutu rebels", "Darfur rebels"). */
export const ARMED_NOUNS: ReadonlySet<string> = new Set(`rebel rebels guerrilla guerrillas separatist separatists militant militants insurgent insurgents militia militias
  militiamen fighters gunmen paramilitaries`.split(/\s+/));

/** One-word modifiers that put a militia on the state's side ("pro-government militiamen"): the PETRARCH agents code paramilitaries MIL. */
const PRO_STATE = new Set(['pro-government', 'pro-regime', 'pro-junta', 'pro-army', 'pro-military']);
/** The state's bodies and the participles after a hyphen that say the same ("government-backed militias", "army-allied fighters"). */
const STATE_BACKERS = new Set(['government', 'state', 'regime', 'junta', 'army', 'military']);
const BACKED = new Set(['backed', 'allied', 'sponsored', 'supported', 'armed', 'sanctioned']);

/** The first token of a modifier ending at token `j` that puts an armed group on the state's side, or -1. */
function proStateStart(view: DocView, j: number): number {
  const { tokens } = view;
  if (j < 0) return -1;
  if (PRO_STATE.has(tokens[j]!.normal)) return j;
  const ok = j >= 2 && BACKED.has(tokens[j]!.normal) && tokens[j - 1]!.normal === '-' && STATE_BACKERS.has(tokens[j - 2]!.normal) && tokens[j - 2]!.sentence === tokens[j]!.sentence;
  return ok ? j - 2 : -1;
}

/** Past participles and gerunds open sentences as adjectives ("Armed rebels", "Suspected militants"), not as names. */
const PARTICIPLE = /(?:ed|ing)$/;

/** May a sentence's first word name a people before an armed noun? Tagged a proper noun and no participle ("Hutu rebels", not "Suspected rebels"). */
function namelikeOpener(t: DocView['tokens'][number]): boolean {
  return t.pos === 'PROPN' && !PARTICIPLE.test(t.normal);
}

/** Is the word before an armed noun one of past status ("Former rebel leader …", "Ex-rebels"), which says who someone was, never whose a group is? */
function pastStatus(t: DocView['tokens'][number]): boolean {
  return PAST.has(t.normal) || t.normal === 'ex';
}

/** True for a place of a country (a town or region the KB knows), not the country itself, which names its state's own forces. */
function placeOfCountry(f: Found): boolean {
  return f.entry !== undefined && (f.entry.id.startsWith('city:') || f.entry.id.startsWith('place:') || f.entry.id.startsWith('loc:')) && f.country === undefined && /^[A-Z]{3}$/.test(f.entry.country ?? '');
}

/**
 * Armed groups named by a people, a faith or a region before an armed-group noun: "Darfur rebels"
 * are rebels of the region's country (SDNREB); "Hutu rebels", "Kurdish militants", "Tamil rebels"
 * those of the article's sole country (`country`, when it names one), CAMEO sector REB. The word and
 * the noun become one body. A sentence's first word, where a capital proves nothing, counts only
 * when tagged a proper noun and no participle ("Hutu rebels", not "Suspected rebels"). A people
 * split between states takes the first of its states the article names (`named`; "Kurdish
 * guerrillas based in northern Iraq attacked a Turkish border post": TURREB), or the one it is placed
 * in ("Kurdish fighters in Syria": SYRREB). A group on the state's side ("pro-government
 * militiamen", "government-backed militias", capitalised or not) is the state's, sector MIL, of the
 * country it is placed in, else the article's sole country: coded REB, it fought its own side.
 * Returns the founds to add and the founds they replace.
 */
export function armedGroups(view: DocView, founds: readonly Found[], country: string | undefined, named: ReadonlyMap<string, number>): { added: Found[]; replaced: Set<Found> } {
  const { tokens, text } = view;
  const byEnd = new Map<number, Found>();
  const byStart = new Map<number, Found>();
  const covered = new Uint8Array(tokens.length);
  for (const f of founds) {
    byEnd.set(f.endToken, f);
    byStart.set(f.firstToken, f);
    for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
  }
  const added: Found[] = [];
  const replaced = new Set<Found>();
  // The countries each sentence names, counted once per sentence that has an armed group word, from the founds grouped by sentence in one pass (not a scan of all founds per sentence).
  const namedIn = new Map<number, Map<string, number>>();
  let bySentence: Map<number, Found[]> | undefined;
  const sentenceNamed = (sentence: number): Map<string, number> => {
    let counts = namedIn.get(sentence);
    if (counts === undefined) {
      if (bySentence === undefined) {
        bySentence = new Map();
        for (const f of founds) {
          const s = tokens[f.firstToken]!.sentence;
          const list = bySentence.get(s);
          if (list === undefined) bySentence.set(s, [f]);
          else list.push(f);
        }
      }
      namedIn.set(sentence, (counts = countriesNamed(bySentence.get(sentence) ?? [])));
    }
    return counts;
  };
  for (let i = 1; i < tokens.length; i++) {
    // Why the noun is tested first: every token passes here, and only these words can end a group.
    if (!ARMED_NOUNS.has(tokens[i]!.normal) || covered[i] || tokens[i - 1]!.sentence !== tokens[i]!.sentence) continue;
    const before = byEnd.get(i);
    let first: number;
    let owner: string | undefined;
    let sector = 'REB';
    const proState = proStateStart(view, i - 1);
    if (proState >= 0 && before === undefined && !covered[proState]) {
      owner = placedIn(view, i + 1, byStart) ?? country;
      first = proState;
      sector = 'MIL';
    } else if (before !== undefined) {
      if (before.type === 'PERSON' || before.entry?.id.startsWith('country:') || (before.country !== undefined && !placeOfCountry(before)) || (before.entry !== undefined && !placeOfCountry(before))) continue;
      // A split people's word names its state among those the article names before the sole country does ("Kurdish rebels" beside Iraq and Turkey).
      owner = placeOfCountry(before) ? before.entry!.country : (peopleState(view, before, named, placedIn(view, i + 1, byStart), sentenceNamed(tokens[i]!.sentence)) ?? country);
      first = before.firstToken;
    } else {
      const j = i - 1;
      if (!isCapitalised(view, j) || FUNCTION_WORDS.has(tokens[j]!.normal) || pastStatus(tokens[j]!) || (capitalProvesNothing(view, j) && !namelikeOpener(tokens[j]!))) continue;
      owner = country;
      first = j;
    }
    if (owner === undefined) continue;
    if (before !== undefined) replaced.add(before);
    const start = tokens[first]!.start;
    const end = tokens[i]!.end;
    added.push({ start, end, firstToken: first, endToken: i + 1, type: 'ORG', kind: 'name', rule: 'entities/en/armed-group', confidence: 0.75, surface: text.slice(start, end), nameStart: start, country: owner, actor: owner + sector });
  }
  return { added, replaced };
}
