import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { TITLE_WORDS } from './locales/en/lexicon.js';
import { HEAD_NOUNS, MODIFIERS, PAST, ROLE_SECTORS, SECTOR_MODIFIERS } from './role-nouns.js';

/** Most words of the role after its owner ("deputy foreign minister", "Emergency Relief Coordinator"). */
const MAX_ROLE = 5;
/** Role nouns of international posts that the person-role lists lack. */
const POST_NOUNS = new Set(['coordinator', 'commissioner', 'rapporteur', 'administrator', 'representative', 'envoy', 'director', 'secretary-general']);

/**
 * A role in apposition gives the person before it its actor: "Kenzo Oshima, the UN Emergency
 * Relief Coordinator," → the UN's code; "Ali Haidar, Syria's deputy defence minister," → SYRGOV;
 * "Mark Brown, a British lawyer." → GBR. The apposition is a comma, an optional article, the owner
 * (a nationality, a country with or without "'s", or an organisation with an actor code), role
 * words ending in a role noun, and then a comma, a full stop or the sentence's end. Sets the
 * person's title actor, which a role the KB dates to the day still outranks; drops an unlinked
 * capitalised role taken for an organisation ("Emergency Relief Coordinator"). Mutates `founds`.
 */
export function appositionRoles(view: DocView, founds: Found[]): void {
  const { tokens } = view;
  const byStart = new Map<number, Found>();
  for (const f of founds) if (!byStart.has(f.firstToken) || f.kind !== 'description') byStart.set(f.firstToken, f);
  const dropped = new Set<Found>();
  let startsAt: Map<number, Found[]> | undefined;
  for (const person of founds) {
    if (person.type !== 'PERSON' || person.kind !== 'name' || person.titleActor !== undefined || tokens[person.endToken]?.normal !== ',') continue;
    const sentence = tokens[person.firstToken]!.sentence;
    let k = person.endToken + 1;
    if (tokens[k] && /^(the|a|an)$/.test(tokens[k]!.normal)) k++;
    if (tokens[k] && PAST.has(tokens[k]!.normal)) continue;
    const owner = byStart.get(k);
    if (!owner || owner.type === 'PERSON' || owner.kind === 'description') continue;
    const code = ownerCode(owner);
    if (code === undefined) continue;
    k = owner.endToken;
    if (/^['’]s$/.test(tokens[k]?.normal ?? '')) k++;
    let sector: string | undefined;
    let role = -1;
    const roleStart = k;
    for (; k < tokens.length && k - roleStart < MAX_ROLE && tokens[k]!.sentence === sentence; k++) {
      const w = tokens[k]!.normal;
      if (!(ROLE_SECTORS.has(w) || HEAD_NOUNS.has(w) || MODIFIERS.has(w) || SECTOR_MODIFIERS.has(w) || TITLE_WORDS.has(w) || POST_NOUNS.has(w) || tokens[k]!.pos === 'PROPN')) break;
      const own = ROLE_SECTORS.get(w) ?? SECTOR_MODIFIERS.get(w);
      if (own !== undefined && own !== '') sector = own;
      if (ROLE_SECTORS.has(w) || HEAD_NOUNS.has(w) || POST_NOUNS.has(w) || TITLE_WORDS.has(w)) role = k;
    }
    // The role noun ends the apposition, which a comma, a full stop or the sentence's end closes.
    const after = tokens[role + 1];
    if (role < 0 || role + 1 !== k || !(after === undefined || after.sentence !== sentence || /^[,.;]$/.test(after.normal))) continue;
    // The founds inside the role by their first token (indexed on first need), not a scan of all founds per apposition.
    startsAt ??= foundsByStart(founds);
    for (let t = roleStart; t < k; t++) for (const f of startsAt.get(t) ?? []) if (f !== owner && f.kind === 'name' && !f.entry && f.type === 'ORG' && f.endToken <= k) dropped.add(f);
    const international = !/^[A-Z]{3}$/.test(code);
    person.titleActor = international ? (owner.actor ?? owner.entry!.actor!) : code + (sector ?? (HEAD_NOUNS.has(tokens[role]!.normal) ? 'GOV' : ''));
    person.titleCountry = code;
  }
  for (let i = founds.length - 1; i >= 0; i--) if (dropped.has(founds[i]!)) founds.splice(i, 1);
}

/** The country or IGO code of an apposition's owner: a nationality, a country, an organisation with its own actor code. */
function ownerCode(owner: Found): string | undefined {
  if (owner.kind === 'norp' || owner.entry?.id.startsWith('country:')) {
    const code = owner.country ?? owner.entry?.country;
    return code !== undefined && /^[A-Z]{3}$/.test(code) ? code : undefined;
  }
  const actor = owner.actor ?? owner.entry?.actor;
  const country = owner.entry?.country;
  if (owner.type !== 'ORG' || owner.entry === undefined || actor === undefined || country === undefined) return undefined;
  // An international body counts by its own name or acronym, not by a generic alias ("Security Council" is also Russia's).
  const generic = !/^[A-Z]{3}$/.test(country) && owner.surface !== owner.entry.name && !/^[\p{Lu}.]+$/u.test(owner.surface);
  return generic ? undefined : country;
}

/** Every found by its first token. */
function foundsByStart(founds: readonly Found[]): Map<number, Found[]> {
  const map = new Map<number, Found[]>();
  for (const f of founds) {
    const list = map.get(f.firstToken);
    if (list === undefined) map.set(f.firstToken, [f]);
    else list.push(f);
  }
  return map;
}
