import type { EntityMention, EntityType } from '../../core/mention.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import { actorCountry } from '../../knowledge/petrarch/to-entries.js';
import { roleOn } from '../../knowledge/roles.js';
import type { Found } from './found.js';

/** A type with its read-only fields writable, to fill a record object in its field order. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Vote weights of a mention's type in its cluster: read from the name's words, guessed from context, after "in", defaulted. */
const WEIGHT_NAME = 1000;
const WEIGHTS = { name: WEIGHT_NAME, context: 3, locative: 0.5, default: 1 } as const;

interface Cluster {
  name: string;
  type: EntityType;
  id: string;
}

/** The name and type of each cluster: the KB's name when linked, else the longest name in the article. */
function describeClusters(founds: readonly Found[]): Map<string, Cluster> {
  const clusters = new Map<string, Cluster>();
  const votes = new Map<string, Map<EntityType, number>>();
  for (const f of founds) {
    const key = f.cluster!;
    const name = f.kind === 'norp' ? (f.entry?.demonyms?.[0] ?? f.surface) : (f.entry?.name ?? f.surface);
    const existing = clusters.get(key);
    if (!existing) clusters.set(key, { name, type: f.type, id: `e${clusters.size + 1}` });
    else if (!f.entry && f.kind === 'name' && name.length > existing.name.length) existing.name = name;
    if (f.kind !== 'name' || f.entry) continue;
    const tally = votes.get(key) ?? new Map<EntityType, number>();
    tally.set(f.type, (tally.get(f.type) ?? 0) + WEIGHTS[f.guess ?? 'name']);
    votes.set(key, tally);
  }
  // An unlinked name is typed by all its mentions: person evidence from the name itself (a title, a
  // first name, a known surname) wins; else the weighted majority, where a type the name's words
  // give outweighs any number of guesses, a guess from context ("… said") outweighs two defaults, and
  // "in X" (a stake in a company as well as a town) weighs half a default.
  for (const [key, tally] of votes) {
    const cluster = clusters.get(key)!;
    cluster.type = (tally.get('PERSON') ?? 0) >= WEIGHT_NAME ? 'PERSON' : [...tally.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  }
  return clusters;
}

/**
 * Turns resolved founds into the `entities` layer: sorted by (start, end), ids m1… in that order,
 * entity ids e1… in order of first mention, and the KB fields (country, actor on the publication
 * date, coordinates) of linked mentions. Unknown fields are left out.
 */
export function toMentions(text: string, kb: KnowledgeBase, founds: Found[], date: string | undefined, headlineOffices?: ReadonlyMap<string, string>): EntityMention[] {
  founds.sort((a, b) => a.start - b.start || a.end - b.end);
  const unique = founds.filter((f, i) => i === 0 || f.start !== founds[i - 1]!.start || f.end !== founds[i - 1]!.end);
  const clusters = describeClusters(unique);
  // A title names its holder's actor for every mention of the person ("Russian President Boris Yeltsin … Yeltsin … he").
  const titles = new Map<string, { actor: string; country: string }>();
  for (const f of unique) if (f.titleActor && f.titleCountry && !titles.has(f.cluster!)) titles.set(f.cluster!, { actor: f.titleActor, country: f.titleCountry });
  // A bare office title likewise holds for every mention of its known holder ("Prime Minister Mikhail Kasyanov … Kasyanov").
  const offices = new Map<string, string>();
  for (const f of unique) if (f.office && !offices.has(f.cluster!)) offices.set(f.cluster!, f.office);
  // What the article says of an unlinked name once holds for all its mentions ("King Hassan of Morocco … King Hassan … he").
  const said = new Map<string, { actor?: string; country: string }>();
  for (const f of unique) if (!f.entry && (f.kind === 'name' || f.kind === 'description') && (f.type === 'PERSON' || f.type === 'ORG') && f.country && !said.has(f.cluster!)) said.set(f.cluster!, { country: f.country, ...(f.actor && { actor: f.actor }) });
  return unique.map((f, i) => {
    const cluster = clusters.get(f.cluster!)!;
    const entry = f.entry;
    const linked = entry !== undefined && f.kind !== 'norp';
    // Why this order: a role the KB dates to the publication day, then the title the article gives, then the KB's undated code.
    const title = f.type === 'PERSON' ? titles.get(f.cluster!) : undefined;
    // A title naming another office than the role the KB dates to the day is the one the person held when the article was written ("Soviet Foreign Minister Eduard Shevardnadze", later Georgia's president; "Rebel leader Laurent Kabila").
    const known = linked ? roleOn(entry, date)?.actor : undefined;
    // An elite code (ELI: out of office on the KB's dates), or none but the person's country (the KB dates no role to the day), gives way to the office the article's bare title says its holder has ("Prime Minister Mikhail Kasyanov" in 2000, "President Niinisto" in 2017: RUSGOV, FINGOV).
    // The document's headline, kept apart from the text, gives a bare office too ("… met First Deputy Prime Minister Mikhail Kasyanov").
    const office = f.type === 'PERSON' && linked ? (offices.get(f.cluster!) ?? headlineOffices?.get(entry.id)) : undefined;
    const holder = office === undefined ? undefined : officeState(known ?? entry!.actor, entry!.country);
    const dated = holder !== undefined ? holder + office : known;
    const role = dated !== undefined && title !== undefined && otherOffice(dated, title) ? undefined : dated;
    const context = !entry && f.kind !== 'norp' && f.country === undefined ? said.get(f.cluster!) : undefined;
    const actor = f.actor ?? role ?? title?.actor ?? context?.actor ?? (linked ? entry.actor : f.kind === 'norp' ? f.country : undefined);
    const byTitle = actor !== undefined && actor === title?.actor && role === undefined;
    const country = (byTitle ? title.country : undefined) ?? (linked && actor ? actorCountry(actor, kb.countries) : undefined) ?? f.country ?? context?.country ?? entry?.country;
    // Assignments in the record's field order, not conditional spreads: mentions made alike share one shape, which the later stages read.
    const mention: Mutable<EntityMention> = {
      id: `m${i + 1}`,
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      confidence: f.confidence,
      rule: f.rule,
      type: f.kind === 'norp' ? 'NORP' : cluster.type,
      entity: cluster.id,
      name: cluster.name,
    };
    if (entry) mention.kb = entry.id;
    if (country) mention.country = country;
    if (actor) mention.actor = actor;
    if (linked && entry.geo) mention.geo = entry.geo;
    return mention;
  });
}

/**
 * The state whose office a bare title puts a KB person in: that of an elite code (ELI, out of
 * office on the KB's dates), or the person's own country when the KB gives no code for the day
 * but the bare country. Undefined for any other code (a role the KB dates to the day, a rebel's, an
 * IGO's), which the title does not override.
 */
function officeState(code: string | undefined, country: string | undefined): string | undefined {
  if (code?.endsWith('ELI')) return code.slice(0, -3);
  return (code === undefined || code === country) && country !== undefined && /^[A-Z]{3}$/.test(country) ? country : undefined;
}

/**
 * True when the title names another office than the KB role: a role's code is a state's and the
 * title's owner another state (both three-letter country codes, not an IGO's), the title makes
 * the person a rebel leader ("Rebel leader Laurent Kabila", CODREB, when the KB dates him CODGOV),
 * or the KB has the person out of office (ELI) where the title puts them in one ("Russian President
 * Boris Yeltsin" in an article the KB dates after his term).
 */
function otherOffice(role: string, title: { actor: string; country: string }): boolean {
  if (role.startsWith('IGO') || !/^[A-Z]{3}$/.test(title.country)) return false;
  if (role.endsWith('ELI') && !title.actor.endsWith('ELI')) return true;
  return role.slice(0, 3) !== title.country || (title.actor === `${title.country}REB` && role !== title.actor);
}
