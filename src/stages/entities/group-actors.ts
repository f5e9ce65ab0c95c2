import type { KbHit } from './kb-match.js';
import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';

/** Words after a town that make the town part of an institution's name ("Kurchatov Institute", "Baghdad University"). */
export const INSTITUTIONS = new Set(['institute', 'university', 'academy', 'museum', 'foundation', 'college', 'conservatory', 'library', 'theatre', 'theater']);
/**
 * Institutions a town's name before them places in the town's country, CAMEO sector EDU
 * (education). Universities and colleges take their town's name; institutes, academies and
 * museums mostly a person's ("Kurchatov Institute" is no more the town of Kurchatov's than Kurchatov's).
 */
const TOWN_NAMED = new Set(['university', 'college']);

/**
 * Words heading the name of a body no state runs: CAMEO codes such bodies NGO (non-governmental
 * organisations) when nothing names a country ("Association of African Jurists"). Not "Forum": most
 * forums are meetings ("Tavrida Forum", "Economic Forum"), not bodies that act.
 */
const NGO_HEADS = new Set(['association', 'foundation', 'society']);

/** Lower-case nouns for a body, after a word that says its field ("rights group", "aid agency"). */
const BODY_NOUNS = new Set('group groups organisation organisations organization organizations agency agencies watchdog watchdogs body bodies charity charities'.split(' '));
/** Nouns that name a charity alone. */
const CHARITY = new Set(['charity', 'charities']);
/**
 * The field words and the CAMEO code of a body of that field with no country: rights groups HRI,
 * aid groups DEV (PETRARCH agents: RIGHTS_GROUP [~HRI], AID_GROUP [~NGODEV], NON-GOVERNMENTAL_ORGANIZATION [~NGO]).
 */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ['rights', 'NGOHRI'], ['aid', 'NGODEV'], ['relief', 'NGODEV'], ['humanitarian', 'NGODEV'], ['development', 'NGODEV'],
  ['medical', 'NGOHLH'], ['health', 'NGOHLH'], ['environmental', 'NGOENV'], ['non-governmental', 'NGO'], ['nongovernmental', 'NGO'],
]);
/** Peacekeepers with no country before them are an international force (PETRARCH agents: PEACEKEEPING_TROOPS [IGO~]). */
const PEACEKEEPERS = new Set(['peacekeepers']);
const PEACEKEEPING_NOUNS = new Set(['force', 'forces', 'troops', 'soldiers']);

/** Every word that can head a body: one lookup per token before the lists that tell them apart. */
const HEAD_NOUNS = new Set([...PEACEKEEPERS, ...PEACEKEEPING_NOUNS, ...BODY_NOUNS]);

/** Possessive determiners: a body after one belongs to someone named before ("their aid agency"). */
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'whose']);

/**
 * The country of a town the KB knows, when the town stands before an institution word and so
 * was not taken as a place ("Baghdad University", "Tehran University"): recorded by first token,
 * with the institution's CAMEO sector. All the town's entries must share one country.
 */
export function noteInstitutionTown(view: DocView, hit: KbHit, towns: Map<number, string>): void {
  const next = view.tokens[hit.endToken];
  if (!next || !TOWN_NAMED.has(next.normal) || !isCapitalised(view, hit.endToken)) return;
  const countries = new Set(hit.names.map((n) => (n.entry.id.startsWith('city:') || n.entry.id.startsWith('country:') ? n.entry.country : undefined)));
  const [country] = countries;
  if (countries.size !== 1 || country === undefined || !/^[A-Z]{3}$/.test(country)) return;
  towns.set(hit.firstToken, `${country}EDU`);
}

/** Verbs (lemmas) of demands and censure: a forum that urges or accuses is a body that acts, not a meeting. */
const BODY_ACTS = new Set(['urge', 'call', 'accuse', 'condemn', 'demand', 'appeal', 'warn', 'criticise', 'criticize', 'denounce', 'reject', 'deplore']);

/**
 * True when an unknown name ending in "Forum" is the subject of a demand or censure right after it
 * ("The Global Water Forum urged Nigeria …", "The World Social Forum called on rich countries …"):
 * such a forum is a body of campaigners (CAMEO NGO). Most forums are meetings ("the Tavrida Forum
 * has discussed …", "the Forum will be held …"), and stay uncoded; so does a lone "Forum".
 */
function forumActing(view: DocView, f: Found): boolean {
  const { tokens } = view;
  if (f.endToken - f.firstToken < 2 || tokens[f.endToken - 1]!.normal !== 'forum') return false;
  let k = f.endToken;
  // "on Monday" or an auxiliary between: "The X Forum on Tuesday urged …", "… Forum has called on …".
  if (tokens[k]?.normal === 'on' && tokens[k + 1] !== undefined && isCapitalised(view, k + 1)) k += 2;
  if (tokens[k]?.pos === 'AUX') k++;
  const verb = tokens[k];
  return verb !== undefined && verb.sentence === tokens[f.firstToken]!.sentence && verb.pos === 'VERB' && BODY_ACTS.has(verb.lemma);
}

/** Words that make a commission or committee a body watching a truce between parties ("Ceasefire Violations Committee", "Joint Monitoring Commission"). */
const TRUCE_WORDS = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);
/** Words that, after a first word "Joint", make a commission a truce body ("Joint Military Commission", "Joint Control Commission"). */
const JOINT_WORDS = new Set(['military', 'control', 'monitoring', 'verification']);
/** Last words of a body's name that can head a truce body ("… Monitoring Mission", "… Verification Team"). */
const TRUCE_HEADS = new Set(['commission', 'committee', 'mission', 'group', 'team']);

/**
 * True for an unknown commission or committee that watches a truce: a truce word in its name, or
 * "Joint" with a military, control, monitoring or verification word ("Joint Military Commission").
 * Such bodies are made of the warring parties and mediators, no one country's (CAMEO IGO).
 */
function truceBody(view: DocView, f: Found): boolean {
  const { tokens } = view;
  if (f.endToken - f.firstToken < 2 || !TRUCE_HEADS.has(tokens[f.endToken - 1]!.normal)) return false;
  const joint = tokens[f.firstToken]!.normal === 'joint';
  for (let i = f.firstToken; i < f.endToken - 1; i++) {
    const word = tokens[i]!.normal;
    if (TRUCE_WORDS.has(word) || (joint && JOINT_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * Actor codes of unknown organisation names, in place: one that starts with a town of a known
 * country is that country's (an institution named after its town), a truce body is an IGO, one headed by an NGO word
 * or a forum that demands or censures (forumActing), with no country, is an NGO.
 */
export function codeUnknownBodies(view: DocView, founds: readonly Found[], towns: ReadonlyMap<number, string>): void {
  // The first found ending at each token, indexed once on first need (only NGO-headed bodies ask), not a scan of all founds per body.
  let byEnd: Map<number, Found> | undefined;
  for (const f of founds) {
    if (f.entry !== undefined || f.kind !== 'name' || (f.type !== 'ORG' && f.type !== 'FAC') || f.country !== undefined || f.actor !== undefined) continue;
    const town = towns.get(f.firstToken);
    // A facility of a university ("Nairobi University Teaching Hospital") is of its country too.
    if (town !== undefined) {
      f.country = town.slice(0, 3);
      f.actor = town;
      continue;
    }
    if (f.type !== 'ORG') continue;
    if (truceBody(view, f)) {
      f.actor = 'IGO';
      continue;
    }
    let head = false;
    for (let i = f.firstToken; i < f.endToken && !head; i++) head = NGO_HEADS.has(view.tokens[i]!.normal);
    if (!head && !forumActing(view, f)) continue;
    // A nationality right before owns the body ("the Russian Geographical Society").
    if (byEnd === undefined) {
      byEnd = new Map();
      for (const o of founds) if (!byEnd.has(o.endToken)) byEnd.set(o.endToken, o);
    }
    const before = byEnd.get(f.firstToken);
    if (before === undefined || !(before.kind === 'norp' || before.entry?.id.startsWith('country:'))) f.actor = 'NGO';
  }
}

/**
 * Lower-case descriptions of bodies with no country named: "a human rights group", "aid agencies",
 * "charities". Not where another mention or a possessive owns or holds the words ("Brazilian
 * environmental group", "their aid agency"), nor before a name that the words only describe
 * ("rights group Amnesty International"). Peacekeepers only as a subject, right before their verb
 * ("Peacekeeping troops fired on …"): elsewhere they are mostly what is deployed, not who acts, and
 * took the place of the real target ("refused to deploy peacekeepers in Iraq", tried).
 */
export function findGroupActors(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  const covered = new Uint8Array(tokens.length);
  for (const f of founds) for (let i = f.firstToken; i < f.endToken; i++) covered[i] = 1;
  const result: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const found = bodyAt(view, i);
    if (!found || covered[found.first] || covered[i]) continue;
    const sentence = t.sentence;
    const owner = tokens[found.first - 1];
    // A name or nationality right before owns the body ("UN aid agency", "Brazilian environmental group").
    if (owner && owner.sentence === sentence && (covered[found.first - 1] || POSSESSIVES.has(owner.normal) || (isCapitalised(view, found.first - 1) && !atSentenceStart(view, found.first - 1)))) continue;
    const after = tokens[i + 1];
    if (after && after.sentence === sentence && isCapitalised(view, i + 1)) continue;
    if (found.actor === 'IGO' && !(after && after.sentence === sentence && (after.pos === 'VERB' || after.pos === 'AUX'))) continue;
    const start = tokens[found.first]!.start;
    result.push({ start, end: t.end, firstToken: found.first, endToken: i + 1, type: 'ORG', kind: 'name', rule: 'entities/en/group-description', confidence: 0.7, surface: view.text.slice(start, t.end), nameStart: start, actor: found.actor });
  }
  return result;
}

/** The body a lower-case head noun at token `i` ends, with its first token and actor code. */
function bodyAt(view: DocView, i: number): { first: number; actor: string } | undefined {
  const { tokens } = view;
  const t = tokens[i]!;
  // Why the word lists come first: every token passes here, and only their words can head a body.
  if (!HEAD_NOUNS.has(t.normal)) return undefined;
  if (isCapitalised(view, i) && !atSentenceStart(view, i)) return undefined;
  if (PEACEKEEPERS.has(t.normal)) return { first: i, actor: 'IGO' };
  const before = tokens[i - 1];
  if (!before || before.sentence !== t.sentence) return CHARITY.has(t.normal) ? { first: i, actor: 'NGO' } : undefined;
  if (PEACEKEEPING_NOUNS.has(t.normal) && before.normal === 'peacekeeping') return { first: i - 1, actor: 'IGO' };
  if (!BODY_NOUNS.has(t.normal)) return undefined;
  const field = FIELDS.get(before.normal);
  if (field === undefined) return CHARITY.has(t.normal) ? { first: i, actor: 'NGO' } : undefined;
  // "human rights group": the field may have a word of its own before it.
  const first = before.normal === 'rights' && tokens[i - 2]?.normal === 'human' ? i - 2 : i - 1;
  return { first, actor: field };
}

/** Whether token `i` opens its sentence (where a capital proves nothing). */
function atSentenceStart(view: DocView, i: number): boolean {
  const before = view.tokens[i - 1];
  return before === undefined || before.sentence !== view.tokens[i]!.sentence;
}
