/**
 * The people a document's title names, as context for the body: a Kremlin record's body often says only "The parties
 * discussed …" and names the two in its headline ("Putin met with … Rushailo and … Kravchenko"). The title is no part of
 * `doc.text`, so its mentions are read by a reader the events stage is given (the pipeline's own tokens and entities
 * stages over the title alone), lazily and once per document; they are an internal context, never a layer of the record.
 */
import type { Doc } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { makeDoc } from '../../pipeline/make-doc.js';
import type { Stage } from '../../pipeline/stage.js';
import { actorCode, PRONOUN_RULE } from './actors.js';
import { mentionCountry } from './mention-index.js';
import { sameSide } from './own-side.js';

/** Reads the entity mentions of a title given as a one-sentence text, with the document's publication date. */
export type TitleReader = (text: string, published: string | undefined) => readonly EntityMention[];

/** A title reader running a tokens stage and an entities stage over the title: the pipeline's own, so that titles are coded with the knowledge the body is. */
export function stagesTitleReader(tokens: Stage, entities: Stage): TitleReader {
  return (text, published) => {
    const ctx = published === undefined ? {} : { published };
    return entities.run(tokens.run(makeDoc({ text, ...(published !== undefined && { published }) }), ctx), ctx).layers.entities ?? [];
  };
}

/** A document's title and the people it names, read on first ask and kept: the title context of one document. */
export interface TitleContext {
  /** The title, empty when the document has none. */
  readonly text: string;
  /** The people of known country the title names, in title order (none without a title or a reader). */
  people(): readonly EntityMention[];
  /** Why the reader failed on the title, once people() was asked and it did; undefined otherwise. */
  failure(): string | undefined;
}

/** A headline's own end punctuation; a headline without one is read with a full stop, as the stages read sentences. */
const END = /[.!?]$/;
/** A title with a letter in it: one without names no one. */
const WORDY = /[A-Za-z]/;

/**
 * The title context of a document: its title's people read with `read` on first ask, none without a reader. The title is
 * context only: a reader that fails on it (a rule written for sentences of a body) costs the document its title context,
 * never its events, and the failure is kept for the stage to report.
 */
export function titleContext(doc: Doc, read: TitleReader | undefined): TitleContext {
  const text = doc.meta.title ?? '';
  let people: readonly EntityMention[] | undefined;
  let failure: string | undefined;
  return {
    text,
    people: () => {
      if (!read || !WORDY.test(text)) return [];
      if (people) return people;
      try {
        people = read(`${text}${END.test(text) ? '' : '.'}`, doc.meta.published).filter((m) => m.type === 'PERSON' && mentionCountry(m) !== '');
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
        people = [];
      }
      return people;
    },
    failure: () => failure,
  };
}

/**
 * The first title person of each country, when the title's people are of exactly two countries; else nothing. Not when
 * the first follows "with" ("Working breakfast with Angela Merkel and Emmanuel Macron"): the headline's unnamed subject
 * is a third.
 */
export function titlePair(title: TitleContext): EntityMention[] | undefined {
  const first = title.people()[0];
  if (first && WITH_BEFORE.test(title.text.slice(0, first.start))) return undefined;
  const byCountry = new Map<string, EntityMention>();
  for (const m of title.people()) if (!byCountry.has(mentionCountry(m))) byCountry.set(mentionCountry(m), m);
  return byCountry.size === 2 ? [...byCountry.values()] : undefined;
}

/** The prefix of the entity ids given to title people no body mention stands for (dropped from the record's sides). */
export const TITLE_ENTITY = 'title:';

/**
 * A title person as a mention at a body span ("The parties"): the body's own entity when the body names the same
 * knowledge-base entry, else an internal id no record keeps.
 */
export function atBody(m: EntityMention, body: readonly EntityMention[], start: number, end: number, text: string): EntityMention {
  const same = m.kb ? body.find((b) => b.kb === m.kb) : undefined;
  return { ...m, start, end, text: text.slice(start, end), entity: same?.entity ?? `${TITLE_ENTITY}${m.kb ?? m.name}` };
}

/** Is this the internal id of a title person no body mention stands for? */
function isTitleEntity(entity: string): boolean {
  return entity.startsWith(TITLE_ENTITY);
}

/** A side with only the body's entities: the record's entities are the body's; the side's text and actor code stay. */
function bodySide(side: EventActor): EventActor {
  return { ...side, entities: side.entities.filter((e) => !isTitleEntity(e)) };
}

/** An event draft whose sides keep only the body's entities (the last step: merging and keeping compare the title ids too). */
export function withBodyEntities<D extends { readonly source?: EventActor; readonly target?: EventActor }>(d: D): D {
  const titled = (s?: EventActor): boolean => s?.entities.some(isTitleEntity) === true;
  if (!titled(d.source) && !titled(d.target)) return d;
  return { ...d, ...(d.source && { source: bodySide(d.source) }), ...(d.target && { target: bodySide(d.target) }) };
}

/** The capitalised words of an office between a preposition and a title's person, with "of" and "the" ("Federal Chancellor of Germany", "the President of"), as a regular expression source. */
const OFFICE_WORDS = String.raw`(?:(?:[A-Z][\w'’.-]*|of|the)\s+)*`;

/**
 * A title's words before a person that make the person the partner of the headline's talk: "with" and the capitalised
 * words of an office before the name ("conversation with", "with Federal Chancellor of Germany", "with the President of").
 */
const WITH_BEFORE = new RegExp(`\\bwith\\s+${OFFICE_WORDS}$`);

/**
 * The title's person after "with" (over office words), when every title person of another country than `own` is of that
 * person's country: the partner of the headline's talk, seen from `own`'s side.
 */
export function titlePartner(title: TitleContext, own: string, before: RegExp = WITH_BEFORE): EntityMention | undefined {
  const others = title.people().filter((m) => mentionCountry(m) !== own);
  const partner = others[0];
  if (!partner || !before.test(title.text.slice(0, partner.start))) return undefined;
  return others.every((m) => mentionCountry(m) === mentionCountry(partner)) ? partner : undefined;
}

/** Is the side a person the body names by name or description (no pronoun: "he" may be anyone's), the title's partner being another? */
function namedPerson(doc: Doc, side: EventActor): boolean {
  const inSide = (doc.layers.entities ?? []).filter((m) => side.start !== undefined && m.start >= side.start && m.end <= (side.end ?? m.end));
  return inSide.some((m) => m.type === 'PERSON') && !inSide.some((m) => m.rule === PRONOUN_RULE || m.type === 'ORG');
}

/**
 * The counterpart of a meeting, talk or call a named person holds in the body with no partner ("Vladimir Putin had a telephone
 * conversation …" under "Telephone conversation with President of France Emmanuel Macron"): the title's person right after
 * "with", when every title person of another country than the source's is of that person's country and the body names that
 * same person (its first mention is the side: the title is no span of the record). Nothing for a source that is a body,
 * a place or a pronoun ("the G20 meeting", "his meeting"), whose talk the headline's need not be.
 */
export function titleCounterpart(doc: Doc, title: TitleContext, source: EventActor): EventActor | undefined {
  const own = source.actor?.slice(0, 3);
  const partner = own ? titlePartner(title, own) : undefined;
  return partner && namedPerson(doc, source) ? bodySideOf(doc, partner) : undefined;
}

/** The body's first mention of a title person's knowledge-base entry as a side (the title is no span of the record), or nothing when the body does not name them. */
function bodySideOf(doc: Doc, person: EntityMention): EventActor | undefined {
  const body = person.kb === undefined ? undefined : (doc.layers.entities ?? []).find((b) => b.kb === person.kb);
  const actor = body && (body.actor ?? body.country);
  return body && actor ? { entities: [body.entity], actor, text: body.text, start: body.start, end: body.end } : undefined;
}

/** A title's words before the person a talk is held with or a message sent to ("conversation with", "sent a message … to Belarusian President"). */
const ADDRESSEE_BEFORE = new RegExp(`\\b(?:with|to)\\s+${OFFICE_WORDS}$`);

/** CAMEO codes of a pledge made to whom one talks with: intent to cooperate, to give cooperation or aid, to meet (030–033, 036); not reform, yielding or mediation. */
const PLEDGES = /^03[0-36]/;

/**
 * Whom a pledge with no target is made to in the readout of a talk ("Vladimir Putin confirmed Russia's readiness to continue …"
 * under "Telephone conversation with Prime Minister of Armenia Nikol Pashinyan"): the title's partner, as titleCounterpart gives
 * it, or the person the title's message is sent to, when the pledge's maker is of the country of the first person the body names of another country than the partner's (the
 * text's protagonist, who holds the talk) and of its side. The partner's own is aimed at the title's other person when the title names two (addresseesPledgee); a third party's pledge ("Iran is ready to …", the country's rebels) is left.
 */
export function titlePledgee(doc: Doc, title: TitleContext, source: EventActor, code: string): EventActor | undefined {
  const own = source.actor?.slice(0, 3);
  const partner = own && PLEDGES.test(code) ? titlePartner(title, own, ADDRESSEE_BEFORE) : undefined;
  if (!partner) return PLEDGES.test(code) ? addresseesPledgee(doc, title, source) : undefined;
  const protagonist = (doc.layers.entities ?? []).find((m) => m.type === 'PERSON' && m.rule !== PRONOUN_RULE && mentionCountry(m) !== '' && mentionCountry(m) !== mentionCountry(partner));
  // "Peruvian rebels confirmed their readiness": the protagonist's country is not enough; its rebels or opposition are another party.
  return protagonist && sameSide(source.actor ?? '', actorCode(protagonist) ?? '') ? bodySideOf(doc, partner) : undefined;
}

/**
 * Whom the title's partner makes a pledge to: the title's other person, when the title names two people of two countries and
 * the pledge's maker is of the side of the one a talk is held with or a message sent to ("Vladimir Putin sent a message to
 * Turkish President Suleyman Demirel": "the stability pact proposed by Suleyman Demirel" is proposed to Putin).
 */
function addresseesPledgee(doc: Doc, title: TitleContext, source: EventActor): EventActor | undefined {
  const pair = titlePair(title);
  const addressee = pair?.find((m) => sameSide(source.actor ?? '', actorCode(m) ?? '') && ADDRESSEE_BEFORE.test(title.text.slice(0, m.start)));
  const other = addressee && pair?.find((m) => m !== addressee);
  return other ? bodySideOf(doc, other) : undefined;
}
