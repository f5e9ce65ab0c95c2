import { isCapitalised, lowerWordsOf, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { HEAD_NOUNS, ROLE_SECTORS } from './role-nouns.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** Lower-case nouns after a nationality that name a state body, with the CAMEO sector its officials are in ("the Israeli army", "the Ukrainian armed forces"). */
const BODY_SECTORS: ReadonlyMap<string, string> = new Map([
  ['army', 'MIL'], ['military', 'MIL'], ['navy', 'MIL'], ['forces', 'MIL'], ['police', 'COP'], ['government', 'GOV'],
]);
/** Words between "of (the)" and "staff" that make a chief of staff a soldier ("chief of the general staff", "chief of army staff"). */
const MILITARY_STAFF = new Set(['general', 'army', 'defence', 'defense']);
/** Roles of two words whose second is "general" ("secretary general", "director-general"). */
const GENERAL_ROLES = new Set(['secretary', 'director']);
/** Every word that can head such a role, for one look-up per token. */
const ROLE_WORDS = new Set([...HEAD_NOUNS, ...ROLE_SECTORS.keys(), ...GENERAL_ROLES]);

/**
 * "the head of the IAEA", "the secretary general of the Arab League", "the chief of the general
 * staff of the Ukrainian armed forces": a role OF a body with no name after it, a PERSON
 * description of that body's office holder. An international body's official takes its actor
 * code; a nationality's army, forces, police or government its country and sector; a country its
 * country and the role's sector. Not a past role ("the former head": the role word must follow "the"), not before a name (a title), not where the body
 * is only the owner of a part ("the head of the IAEA's safeguards department"), not where another
 * description stands (`taken`, first tokens).
 */
export function findRoleOfDescriptions(view: DocView, founds: readonly Found[], taken: ReadonlySet<number>): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  const byFirst = new Map<number, Found>();
  for (const f of founds) if (!byFirst.has(f.firstToken) || f.endToken > byFirst.get(f.firstToken)!.endToken) byFirst.set(f.firstToken, f);
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!ROLE_WORDS.has(t.normal) || t.pos === 'VERB' || isCapitalised(view, i)) continue;
    const sentence = t.sentence;
    const the = tokens[i - 1]!;
    if (the.normal !== 'the' || the.sentence !== sentence || taken.has(i - 1)) continue;
    const at = lowerWordsOf(view, sentence);
    let k = i + 1;
    if (GENERAL_ROLES.has(t.normal)) {
      const general = generalAfter(at, k);
      // "the director of …" alone is no office; "the secretary of …" is.
      if (general === 0 && t.normal === 'director') continue;
      k += general;
    }
    // A role with no sector of its own ("lawyer", "citizen") is no office of the body.
    if (ROLE_SECTORS.get(t.normal) === '') continue;
    let sector = ROLE_SECTORS.get(t.normal) ?? 'GOV';
    const staff = staffAfter(at, k);
    if (staff.length > 0) {
      k += staff.length;
      if (staff.military) sector = 'MIL';
    }
    if (at(k) !== 'of') continue;
    const ownerAt = at(k + 1) === 'the' ? k + 2 : k + 1;
    const owner = byFirst.get(ownerAt);
    if (owner === undefined || owner.type === 'PERSON') continue;
    const coded = ownerCode(view, owner, sector, t.normal);
    if (coded === undefined) continue;
    const next = tokens[coded.end];
    // The body owns a part ("the IAEA's safeguards department") or a name follows (a title): no description of the body's holder.
    if (next !== undefined && next.sentence === sentence && (POSSESSIVE.test(next.normal) || (isCapitalised(view, coded.end) && !/^\p{P}/u.test(next.normal)))) continue;
    const start = the.start;
    const end = tokens[coded.end - 1]!.end;
    const phrase = tokens.slice(i, k).map((w) => w.normal).join(' ');
    result.push({
      start, end, firstToken: i - 1, endToken: coded.end, type: 'PERSON', kind: 'description', rule: 'entities/en/role-of-description', confidence: 0.7,
      surface: view.text.slice(start, end), nameStart: start, country: coded.country, titles: [phrase], actor: coded.actor,
    });
  }
  return result;
}

/** How many tokens from `k` (after "secretary" or "director") make the role "… general" (1) or "…-general" (2), else 0. */
export function generalAfter(at: (k: number) => string | undefined, k: number): number {
  if (at(k) === 'general') return 1;
  return at(k) === '-' && at(k + 1) === 'general' ? 2 : 0;
}

/** The tokens "of (the) general staff", "of staff" after a role at `k` take, and whether they make it a soldier's. */
export function staffAfter(at: (k: number) => string | undefined, k: number): { length: number; military: boolean } {
  if (at(k) !== 'of') return { length: 0, military: false };
  let j = at(k + 1) === 'the' ? k + 2 : k + 1;
  const military = MILITARY_STAFF.has(at(j) ?? '');
  if (military) j++;
  return at(j) === 'staff' ? { length: j + 1 - k, military } : { length: 0, military: false };
}

/** Roles of a town's or a province's own government: "the governor of Kandahar province", "the mayor of Grozny". */
const LOCAL_ROLES = new Set(['governor', 'mayor']);
/** Lower-case words after a place that say what kind of area it is ("Papua province", "Rivers state"), part of the description. */
const AREA_WORDS = new Set(['province', 'state', 'region', 'district', 'city', 'county', 'prefecture', 'oblast']);

/** The owner's actor, country and last token: an international body, a nationality's state body ("the Israeli army"), a country, or a place of a country under its governor or mayor (`role`). */
function ownerCode(view: DocView, owner: Found, sector: string, role: string): { actor: string; country: string; end: number } | undefined {
  const code = owner.country ?? owner.entry?.country;
  if (code === undefined) return undefined;
  if (owner.type === 'ORG' && owner.kind === 'name' && owner.entry?.actor?.startsWith('IGO')) {
    // "the head of the African Union commission": the body's own organ is still the body's.
    const organ = view.tokens[owner.endToken]?.normal === 'commission' && !isCapitalised(view, owner.endToken) ? 1 : 0;
    return { actor: owner.entry.actor, country: code, end: owner.endToken + organ };
  }
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  // A country's body already coded ("the Israeli Defence Forces" ISRMIL): its sector, unless the staff words make the role a soldier's.
  if (owner.type === 'ORG' && owner.actor?.startsWith(code)) return { actor: sector === 'MIL' ? code + 'MIL' : owner.actor, country: code, end: owner.endToken };
  if (owner.kind === 'norp') {
    const body = view.tokens[owner.endToken];
    const armed = body?.normal === 'armed' && view.tokens[owner.endToken + 1]?.normal === 'forces' ? 1 : 0;
    const noun = view.tokens[owner.endToken + armed]?.normal ?? '';
    const bodySector = BODY_SECTORS.get(noun);
    if (bodySector === undefined || isCapitalised(view, owner.endToken)) return undefined;
    return { actor: code + (sector === 'MIL' ? 'MIL' : bodySector), country: code, end: owner.endToken + armed + 1 };
  }
  if (owner.type === 'GPE' && owner.entry?.id.startsWith('country:')) return { actor: code + sector, country: code, end: owner.endToken };
  // A local government is coded as its country's government (CAMEO has no local sector): "the governor of Papua province" IDNGOV.
  if ((owner.type === 'GPE' || owner.type === 'LOC') && LOCAL_ROLES.has(role)) {
    const area = AREA_WORDS.has(view.tokens[owner.endToken]?.normal ?? '') && !isCapitalised(view, owner.endToken) ? 1 : 0;
    return { actor: `${code}GOV`, country: code, end: owner.endToken + area };
  }
  return undefined;
}
