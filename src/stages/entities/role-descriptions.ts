import { isCapitalised, lowerWordsOf, type DocView } from './doc-view.js';
import type { Found } from './found.js';
import { HEAD_NOUNS, MODIFIERS, PAST, ROLE_SECTORS, SECTOR_MODIFIERS } from './role-nouns.js';
import { generalAfter, staffAfter } from './role-of-descriptions.js';
import { POSSESSIVE } from './locales/en/lexicon.js';

/** Most words between the owner and the role noun ("deputy foreign", "army"). */
const MAX_MODIFIERS = 3;
/** Possessive pronouns before a counterpart's nationality ("his Egyptian counterpart"). */
const OWNER_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * Descriptions of a role with no name, after a nationality or a country or town with "'s": "the
 * Egyptian ambassador", "Cairo's security chief", "an Iraqi army commander". Each is a PERSON
 * description with the owner's country and the role's CAMEO sector as actor ("army commander"
 * MIL, "police chief" COP, other heads GOV, "lawyer" none: the country alone), so pronouns can
 * point at it; "a"/"an" make a new person each time. Not before a name (a title, which titles.ts
 * takes in), not in apposition after a name (appositions.ts gives the name the role), not a past
 * role ("the former Egyptian ambassador"), not where a leader description (`taken`, first tokens)
 * already stands.
 */
export function findRoleDescriptions(view: DocView, founds: readonly Found[], taken: ReadonlySet<number>): Found[] {
  const { tokens } = view;
  const result: Found[] = [];
  // "Salaheddine Sidhoum, Algeria's leading human rights activist,": the apposition gave the name its actor already (appositions.ts).
  const namedBefore = new Set(founds.filter((f) => f.type === 'PERSON' && f.kind === 'name' && tokens[f.endToken]?.normal === ',').map((f) => f.endToken + 1));
  for (const f of founds) {
    const code = f.country ?? f.entry?.country;
    // An international body's officials are its own ("NATO's secretary general", "the UN secretary general"): its actor code, no sector.
    const igo = f.type === 'ORG' && f.kind === 'name' && f.entry?.actor?.startsWith('IGO') ? f.entry.actor : undefined;
    if (code === undefined || (!/^[A-Z]{3}$/.test(code) && igo === undefined)) continue;
    const place = f.type === 'GPE' && f.entry !== undefined && (f.entry.id.startsWith('country:') || f.entry.id.startsWith('city:'));
    if (!(f.kind === 'norp' || place || igo)) continue;
    let at = f.endToken;
    const possessive = POSSESSIVE.test(tokens[at]?.normal ?? '');
    const article = tokens[f.firstToken - 1]?.normal;
    // "his Egyptian counterpart": the pronoun is the subject's, the counterpart the nationality's; the description starts at the nationality.
    const owned = !possessive && f.kind === 'norp' && OWNER_PRONOUNS.has(article ?? '') && tokens[at]?.normal === 'counterpart';
    if (possessive) at++;
    else if (igo !== undefined ? article !== 'the' : f.kind !== 'norp' || !(article === 'the' || article === 'a' || article === 'an' || owned)) continue;
    const firstToken = possessive || owned ? f.firstToken : f.firstToken - 1;
    if (taken.has(firstToken) || PAST.has(tokens[firstToken - 1]?.normal ?? '') || namedBefore.has(firstToken)) continue;
    const role = roleAt(view, at);
    if (!role) continue;
    const start = tokens[firstToken]!.start;
    const end = tokens[role.end - 1]!.end;
    result.push({
      start,
      end,
      firstToken,
      endToken: role.end,
      type: 'PERSON',
      kind: 'description',
      rule: 'entities/en/role-description',
      confidence: 0.7,
      surface: view.text.slice(start, end),
      nameStart: start,
      country: code,
      titles: [role.phrase],
      actor: igo ?? code + role.sector,
      ...(!possessive && !owned && article !== 'the' && { indefinite: true }),
      ...(owned && { noAntecedent: true }),
    });
  }
  return result;
}

/** The role words from token `at`: modifiers, then one singular role noun, with the sector the word nearest the owner gives. */
function roleAt(view: DocView, at: number): { end: number; phrase: string; sector: string } | undefined {
  const { tokens } = view;
  const sentence = tokens[at - 1]?.sentence;
  let sector: string | undefined;
  for (let k = at; k < tokens.length && k - at <= MAX_MODIFIERS && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    if (isCapitalised(view, k) || PAST.has(t.normal)) return undefined;
    const own = ROLE_SECTORS.get(t.normal) ?? SECTOR_MODIFIERS.get(t.normal);
    if (sector === undefined && own !== undefined) sector = own;
    if (ROLE_SECTORS.has(t.normal) || HEAD_NOUNS.has(t.normal)) {
      const lower = lowerWordsOf(view, t.sentence);
      // "secretary general", "secretary-general": one role of two words.
      if (t.normal === 'secretary') k += generalAfter(lower, k + 1);
      // "Pakistan's chief of army staff", "Russia's chief of the general staff": a soldier, the role runs to "staff".
      const staff = t.normal === 'chief' ? staffAfter(lower, k + 1) : undefined;
      if (staff?.military === true) {
        k += staff.length;
        sector = 'MIL';
      }
      // A role noun that modifies a noun after it is no person ("the Russian diplomat corps"); a name after it makes it a title.
      const next = tokens[k + 1];
      if (next !== undefined && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || POSSESSIVE.test(next.normal) || isCapitalised(view, k + 1))) return undefined;
      const phrase = tokens.slice(at, k + 1).map((w) => w.normal).join(' ');
      return { end: k + 1, phrase, sector: sector ?? (HEAD_NOUNS.has(t.normal) ? 'GOV' : '') };
    }
    if (!MODIFIERS.has(t.normal) && !SECTOR_MODIFIERS.has(t.normal)) return undefined;
  }
  return undefined;
}

