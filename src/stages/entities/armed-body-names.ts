import { ARMED_NOUNS } from './armed-groups.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { placedIn } from './people-states.js';

/** Last two words of an unknown name that make it an insurgent body ("… Liberation Army", "… Liberation Front", "… Resistance Movement"). */
const INSURGENT_TAIL = /^(?:liberation|resistance|revolutionary|insurgent|freedom) (?:army|front|forces|movement|tigers)$/;
/** Last two words of an unknown name that make it an armed force: a state's after the state's name ("Botswana Defence Force"), a militia's else ("Sabaot Land Defence Force"). */
const DEFENCE_TAIL = /^(?:defence|defense|self-defence|self-defense) (?:force|forces|units)$/;
/**
 * Heads of an insurgent name that are also a party's: many liberation fronts and movements came to
 * rule their states ("Algeria's ruling National Liberation Front", "the Farabundo Marti National
 * Liberation Front, El Salvador's governing party"), so such a name is the rebels only where its
 * sentence speaks of armed struggle. An army, forces or tigers are armed by their name.
 */
const PARTY_HEADS = new Set(['front', 'movement']);
/** Lemmas of armed acts that make a front's sentence one of armed struggle ("claimed the attack", "ambushed a convoy"). */
const ARMED_ACTS = new Set(['attack', 'ambush', 'raid', 'bombing', 'shell', 'kidnap', 'insurgency', 'rebellion', 'uprising', 'guerrilla', 'armed']);

/** True when the sentence of token `at` names an armed group or an armed act ("Rebels of the Oromo Liberation Front ambushed …"). */
function armedSentence(view: DocView, at: number): boolean {
  const sentence = view.sentences[view.tokens[at]!.sentence]!;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    const t = view.tokens[k]!;
    if (ARMED_NOUNS.has(t.normal) || ARMED_ACTS.has(t.lemma)) return true;
  }
  return false;
}

/** A country's ISO alpha-3 code (not a region's or a body's). */
const ISO_CODE = /^[A-Z]{3}$/;

/**
 * The name found just before token `first` (across a possessive "'s"), in its sentence: a state's
 * name or nationality word there makes a defence force that state's ("Rwandan Defence Force"), any
 * other name means the run was cut and its head is unknown ("People | Defence Force").
 */
function nameBefore(view: DocView, first: number, byEnd: ReadonlyMap<number, Found>): Found | undefined {
  const at = view.tokens[first - 1]?.normal === "'s" || view.tokens[first - 1]?.normal === '’s' ? first - 1 : first;
  const f = byEnd.get(at);
  return f !== undefined && view.tokens[f.firstToken]!.sentence === view.tokens[first]!.sentence ? f : undefined;
}

/** Is the found a state's name or nationality word? */
const namesState = (f: Found): boolean => (f.entry?.id.startsWith('country:') === true || f.type === 'NORP') && f.country !== undefined;

/**
 * Codes an unknown name that ends as an insurgent body or an armed force ("National Liberation
 * Army", "Zapatista National Liberation Army", "Sabaot Land Defence Force") as the rebels of the
 * state it is placed in ("… in Chiapas"), else of the article's sole country (`sole`): CAMEO codes
 * an insurgency or a militia by the state it fights, sector REB. A defence force right after a
 * state's name or nationality word is that state's army ("Uganda People's Defence Force" UGAMIL).
 * A front or a movement is coded only in a sentence of armed struggle (PARTY_HEADS). Left as it
 * is when no state is sure. Mutates the founds in place; known bodies (KB entries) and
 * names already coded are untouched.
 */
export function armedBodyNames(view: DocView, founds: readonly Found[], sole: string | undefined): void {
  const { tokens } = view;
  let byStart: Map<number, Found> | undefined;
  let byEnd: Map<number, Found> | undefined;
  for (const f of founds) {
    if (f.entry !== undefined || f.actor !== undefined || f.kind !== 'name' || f.type === 'PERSON' || f.endToken - f.firstToken < 2) continue;
    const tail = `${tokens[f.endToken - 2]!.normal} ${tokens[f.endToken - 1]!.normal}`;
    const insurgent = INSURGENT_TAIL.test(tail);
    if (!insurgent && !DEFENCE_TAIL.test(tail)) continue;
    if (insurgent && PARTY_HEADS.has(tokens[f.endToken - 1]!.normal) && !armedSentence(view, f.firstToken)) continue;
    byStart ??= new Map(founds.map((x) => [x.firstToken, x]));
    byEnd ??= new Map(founds.map((x) => [x.endToken, x]));
    const before = nameBefore(view, f.firstToken, byEnd);
    if (before !== undefined && !namesState(before)) continue;
    const state = insurgent || before === undefined ? undefined : before.country;
    const country = state ?? f.country ?? placedIn(view, f.endToken, byStart) ?? sole;
    if (country === undefined || !ISO_CODE.test(country)) continue;
    f.country = country;
    f.actor = country + (state !== undefined ? 'MIL' : 'REB');
    f.type = 'ORG';
    f.rule = 'entities/en/armed-body-name';
    delete f.guess;
  }
}
