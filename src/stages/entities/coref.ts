import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { roleHolds } from '../../knowledge/roles.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { PERSON_PRONOUNS } from './locales/en/lexicon.js';
import { lastHolder, personNames, roleHolders } from './person-index.js';

/** Tags before a name that make it the object of something, not the subject ("with Putin", "urged Putin"). */
const NOT_SUBJECT_BEFORE = new Set(['ADP', 'VERB', 'AUX', 'DET', 'PART']);

/** Cluster key of a name before coreference: its KB id, else its lower-cased name (whatever type each mention guessed). */
function ownKey(f: Found): string {
  if (f.kind === 'norp') return `norp:${f.country}`;
  if (f.entry && f.type !== 'NORP') return f.entry.id;
  return `name:${f.surface.toLowerCase()}`;
}

/** The last word of a name of several words, lower-cased ("putin" of "Vladimir Putin"); undefined for one word. */
function lastWord(surface: string): string | undefined {
  const space = surface.lastIndexOf(' ');
  return space < 0 ? undefined : surface.slice(space + 1).toLowerCase();
}

/** Gender of a person cluster, when the KB knows it. */
export function genderOf(f: Found): 'm' | 'f' | undefined {
  return f.entry?.gender;
}

/** Whether a person mention reads as the subject of its clause (not after a preposition or verb, not possessive). */
export function subjectLike(view: DocView, f: Found): boolean {
  const before = view.tokens[f.firstToken - 1];
  const after = view.tokens[f.endToken];
  if (after && /^['’]s$/.test(after.normal)) return false;
  if (!before || before.sentence !== view.tokens[f.firstToken]!.sentence) return true;
  return !NOT_SUBJECT_BEFORE.has(before.pos);
}

/**
 * In-document coreference, in place: names get cluster keys (KB id or name); a lone surname joins
 * the person whose full name ends with it; descriptions join the person holding the role; then
 * he/she pronouns become mentions of the last fitting person (same sentence: the nearest subject
 * before, else the nearest person before; otherwise the first subject of the nearest earlier
 * sentence with a person).
 * Why this order: pronouns point at clusters, which must be complete first.
 */
export function resolveCoreference(view: DocView, kb: KnowledgeBase, founds: Found[], date: string | undefined): Found[] {
  const persons: Found[] = [];
  // The first person named in full with each surname, over the whole article: a headline's
  // "Jobs" comes before the body's "Steve Jobs".
  const firstOwner = new Map<string, Found>();
  for (const f of founds) {
    if (f.kind === 'description') continue;
    f.cluster = ownKey(f);
    if (f.type !== 'PERSON' || f.kind !== 'name') continue;
    const surname = lastWord(f.surface);
    if (surname !== undefined && !firstOwner.has(surname)) firstOwner.set(surname, f);
  }
  const surnameOwner = new Map<string, Found>();
  for (const f of founds) {
    if (f.kind === 'description') continue;
    if (loneName(f)) {
      const key = f.surface.toLowerCase();
      const owner = surnameOwner.get(key) ?? firstOwner.get(key);
      // A town's name yields only to someone surely a person: linked, or with a known first name.
      if (owner && owner !== f && (!f.entry || owner.entry || kb.index.firstNames.has(owner.surface.split(' ')[0]!.toLowerCase()))) {
        f.cluster = owner.cluster!;
        f.type = 'PERSON';
        if (owner.entry) f.entry = owner.entry;
        else delete f.entry;
        f.rule = 'entities/en/coref-surname';
      }
    }
    if (f.type === 'PERSON') {
      persons.push(f);
      const surname = lastWord(f.surface);
      if (surname !== undefined) surnameOwner.set(surname, f);
    }
  }
  // Built once, after the surname pass has fixed who is a person: the descriptions below look names up by token and holders by title, not by a scan of every person per description.
  const names = personNames(view, persons);
  const holders = roleHolders(persons, date);
  for (const d of founds) {
    if (d.kind !== 'description') continue;
    // "John Smith, the Sudanese foreign minister,": the description in apposition is the name before it.
    const appositive = view.tokens[d.firstToken - 1]?.normal === ',' && closesApposition(view, d.endToken) ? names.byEnd.get(d.firstToken - 1) : undefined;
    if (appositive) {
      d.cluster = appositive.cluster!;
      if (appositive.entry) d.entry = appositive.entry;
      continue;
    }
    const holder = lastHolder(holders, d) ?? kbHolder(kb, d, date);
    if (holder) {
      d.entry = holder;
      d.cluster = holder.id;
      continue;
    }
    // A title before a name ("the Ukrainian President Leonid Kuchma") is the person's mention already.
    if (names.overlaps(d.firstToken, d.endToken)) continue;
    // "Ukraine's leader, Leonid Kuchma": the name in apposition is who holds the office.
    // Not a fronted phrase before the subject ("In a letter to the President of India, Mr Putin noted"): the name ends its clause.
    const named = view.tokens[d.endToken]?.normal === ',' ? (names.byFirst.get(d.endToken + 1) ?? []).find((p) => closesApposition(view, p.endToken)) : undefined;
    if (named) {
      d.cluster = named.cluster!;
      if (named.entry) d.entry = named.entry;
    } else if (d.country !== undefined && (/^[A-Z]{3}$/.test(d.country) || d.actor?.startsWith('IGO'))) {
      // No one known holds the office on the date: the description is still that country's (or international body's) office holder ("Montenegro's prime minister": MNEGOV; "NATO's secretary general": IGOWSTNAT).
      d.cluster = d.indefinite ? `role:${d.start}` : `office:${d.country}|${d.titles![0]}`;
      d.actor ??= d.country + (d.titles!.length === 1 && d.titles![0] === 'pope' ? 'REL' : 'GOV');
    }
  }
  const people = founds.filter((f) => f.type === 'PERSON' && f.cluster !== undefined);
  return [...founds.filter((f) => f.cluster !== undefined), ...pronouns(view, people)];
}

/** True when token `i` (after a name) ends an apposition: a comma, a full stop, a bracket or the end of the sentence. */
function closesApposition(view: DocView, i: number): boolean {
  const t = view.tokens[i];
  return t === undefined || t.sentence !== view.tokens[i - 1]!.sentence || /^[,.;)]$/.test(t.normal);
}

/**
 * A one-word name that may be the surname of a person the article names in full: an unknown name,
 * or a town from GeoNames ("Henderson" after "Fritz Henderson"). Countries and curated entries stay.
 */
function loneName(f: Found): boolean {
  if (f.kind !== 'name' || f.surface.includes(' ')) return false;
  return !f.entry || (f.entry.id.startsWith('city:') && f.endToken - f.firstToken === 1);
}

/** The KB's holder of a described role on the date, when exactly the role's title and country match. */
function kbHolder(kb: KnowledgeBase, d: Found, date: string | undefined): KbEntry | undefined {
  if (date === undefined) return undefined;
  for (const title of d.titles!) {
    const holder = (kb.index.byRole.get(`${d.country}|${title}`) ?? []).find((e) => (e.roles ?? []).some((r) => r.title === title && roleHolds(r, date)));
    if (holder) return holder;
  }
  return undefined;
}

/** A pronoun's candidates: each sentence's people in article order (`bySentence`) and the first starting at each token (`byFirst`). */
export interface Candidates {
  readonly bySentence: Map<number, Found[]>;
  readonly byFirst: ReadonlyMap<number, Found>;
}

/**
 * The people a pronoun may stand for, from `people` sorted by start. A speaker label ("Vladimir
 * Putin: …" in a transcript) is never the antecedent of a third-person pronoun: in their own words a
 * speaker says "I". Nor is a counterpart the subject faces ("met his Georgian counterpart"): a later
 * "his" is the subject's.
 */
export function pronounCandidates(view: DocView, people: readonly Found[]): Candidates {
  const all = people.filter((p) => !speakerLabel(view, p) && p.noAntecedent !== true);
  // The candidates grouped by sentence once, each sentence's in article order (people arrive sorted by start); a resolved pronoun joins its sentence's list.
  const bySentence = new Map<number, Found[]>();
  for (const p of all) {
    const s = view.tokens[p.firstToken]!.sentence;
    const list = bySentence.get(s);
    if (list === undefined) bySentence.set(s, [p]);
    else list.push(p);
  }
  const byFirst = new Map<number, Found>();
  for (const p of all) if (!byFirst.has(p.firstToken)) byFirst.set(p.firstToken, p);
  return { bySentence, byFirst };
}

/**
 * The person the pronoun at token `i` of `gender` stands for, among `candidates` before it: the
 * nearest subject before it in its sentence; failing that, the nearest person before it there ("X
 * met Y during his visit"); else the first subject (else the last person) of the nearest of the
 * three sentences before with a fitting person.
 */
export function antecedent(view: DocView, candidates: Candidates, i: number, gender: string): Found | undefined {
  const t = view.tokens[i]!;
  const fits = (p: Found): boolean => p.end <= t.start && (genderOf(p) ?? gender) === gender;
  const sameSentence = (candidates.bySentence.get(t.sentence) ?? []).filter(fits);
  // First of all, in an opening subordinate clause, the main clause's subject after it ("As he met Rakhmonov, Mr Putin said").
  // Before the subject: in "thanked Mr Aliyev for his consistent policy" the person before "for" owns what "his" opens.
  let target = praisedFor(view, sameSentence, i) ?? cataphoric(view, candidates.byFirst, i, gender) ?? sameSentence.filter((p) => subjectLike(view, p)).at(-1) ?? sameSentence.at(-1);
  for (let s = t.sentence - 1; !target && s >= Math.max(0, t.sentence - 3); s--) {
    const inSentence = (candidates.bySentence.get(s) ?? []).filter(fits);
    target = inSentence.find((p) => subjectLike(view, p)) ?? inSentence.at(-1);
  }
  return target;
}

/** Pronoun mentions resolved to person clusters. */
function pronouns(view: DocView, people: readonly Found[]): Found[] {
  const { tokens, text } = view;
  const result: Found[] = [];
  const candidates = pronounCandidates(view, people);
  const { bySentence } = candidates;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The tag first: a cheaper test than the word's lookup, and most tokens fail it.
    if (!(t.pos === 'PRON' || t.pos === 'DET')) continue;
    const gender = PERSON_PRONOUNS.get(t.normal);
    if (!gender) continue;
    const target = antecedent(view, candidates, i, gender);
    if (!target) continue;
    const found: Found = {
      start: t.start,
      end: t.end,
      firstToken: i,
      endToken: i + 1,
      type: 'PERSON',
      kind: 'pronoun',
      rule: 'entities/en/coref-pronoun',
      confidence: 0.7,
      surface: text.slice(t.start, t.end),
      nameStart: t.start,
      cluster: target.cluster!,
    };
    if (target.entry) found.entry = target.entry;
    result.push(found);
    // Where a stable sort by start would put it: after every candidate that starts no later.
    const list = bySentence.get(t.sentence);
    if (list === undefined) bySentence.set(t.sentence, [found]);
    else {
      let at = list.length;
      while (at > 0 && list[at - 1]!.start > found.start) at--;
      list.splice(at, 0, found);
    }
  }
  return result;
}

/** Possessive pronouns: the ones that can open the deed a person is thanked or praised for. */
const POSSESSIVES = new Set(['his', 'her']);

/**
 * The person right before "for" when the pronoun is a possessive right after it: "thanks to
 * Mr Aliyev for his consistent policy", "praised Merkel for her courage". `fitting` holds the
 * people of the pronoun's sentence and gender before it.
 */
function praisedFor(view: DocView, fitting: readonly Found[], i: number): Found | undefined {
  const { tokens } = view;
  if (!POSSESSIVES.has(tokens[i]!.normal) || tokens[i - 1]?.normal !== 'for') return undefined;
  return fitting.find((p) => p.endToken === i - 1);
}

/** Subordinators that open a clause before the main one ("As he met …, Mr Putin said", "When she arrived …, Baerbock said"). */
const OPENING_SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'since', 'although', 'though', 'once', 'until', 'if']);
/** How many words an opening subordinate clause may run before its comma. */
const OPENING_REACH = 25;

/**
 * The person a pronoun points forward to: when the pronoun stands in a subordinate clause opening
 * its sentence, and the main clause after that clause's comma starts with a person of fitting
 * gender, that person is the pronoun's ("As he met with the Tajik President, Mr Putin said").
 * `byFirst` holds the first candidate starting at each token.
 */
function cataphoric(view: DocView, byFirst: ReadonlyMap<number, Found>, i: number, gender: string): Found | undefined {
  const { tokens } = view;
  const sentence = tokens[i]!.sentence;
  let first = i;
  while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
  if (!OPENING_SUBORDINATORS.has(tokens[first]!.normal) || i - first > OPENING_REACH) return undefined;
  for (let k = first + 1; k < i; k++) if (tokens[k]!.normal === ',') return undefined;
  let comma = i + 1;
  while (comma < tokens.length && tokens[comma]!.sentence === sentence && tokens[comma]!.normal !== ',' && comma - first <= OPENING_REACH) comma++;
  if (tokens[comma]?.normal !== ',' || tokens[comma]!.sentence !== sentence) return undefined;
  const main = byFirst.get(comma + 1);
  return main && (genderOf(main) ?? gender) === gender ? main : undefined;
}

/** True when a person mention opens its sentence and a colon follows it: the speaker label of a transcript. */
function speakerLabel(view: DocView, p: Found): boolean {
  const { tokens } = view;
  const before = tokens[p.firstToken - 1];
  return tokens[p.endToken]?.normal === ':' && (before === undefined || before.sentence !== tokens[p.firstToken]!.sentence);
}
