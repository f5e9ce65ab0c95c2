import { withDiagnostics, withLayers, type Doc } from '../../core/doc.js';
import type { EntityMention, Event } from '../../core/mention.js';
import { lookupCode, type CodeTable } from '../../knowledge/verbs/code-table.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../knowledge/load-kb.js';
import { defaultCodeTable, defaultVerbDictionary } from '../../knowledge/verbs/load.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';
import type { Stage } from '../../pipeline/stage.js';
import { actorCode } from './actors.js';
import { demandsOf } from './demands.js';
import { detectSentence } from './detect.js';
import { retagPastTenses } from './retag.js';
import { retagModalBases } from './modal-base.js';
import { mergeDrafts, type DraftEvent } from './merge.js';
import { petrarchPairs } from './petrarch-pairs.js';
import { diplomaticProtest } from './diplomatic-protest.js';
import { jointExercise } from './joint.js';
import { aimAtProvoker } from './provocation.js';
import { reliefOrigin } from './relief-origin.js';
import { asHosting, isCourtesy } from './courtesy.js';
import { happening, hopedFor } from './unhappened.js';
import { background } from './background.js';
import { figurative } from './figurative.js';
import { recode } from './recode.js';
import { ruledOut } from './ruled-out.js';
import { warnedThat } from './warned-that.js';
import { blamed } from './blamed.js';
import { complaintTail } from './complaint-tail.js';
import { aimAccusation } from './accusation-aim.js';
import { deniedAct } from './denied-act.js';
import { forceNotRuledOut } from './force-not-ruled-out.js';
import { titleContext, titlePledgee, withBodyEntities, type TitleContext, type TitleReader } from './title-actors.js';
import { verbalAttack } from './verbal-attack.js';
import { MADE, talkCounterpart } from './talk-counterpart.js';

/** Options of the events stage: other verb dictionaries or code tables (PETRARCH validation), unknown codes kept. */
export interface EventsStageOptions {
  readonly dictionary?: VerbDictionary;
  readonly codes?: CodeTable;
  readonly keepUnknownCodes?: boolean;
  /** Apply PLOVER's tense rules (future cooperation is AGREE, announced violence THREATEN); off to compare with PETRARCH's own codes. */
  readonly recodeTense?: boolean;
  /**
   * PETRARCH's convention for acts between two sides, to compare with its coding: the members of a
   * compound source with no target act on each other, and an act with a converse code (`[042:043]`)
   * is coded from the target's side too. Off by default: a happening stays one event.
   */
  readonly petrarchPairs?: boolean;
  /** Reads a document's title as context (the people a body's "the parties" stands for); without one, no title is read. */
  readonly readTitle?: TitleReader;
  /** The knowledge base the entities were coded with (states gone by a date, capitals); the shared default without one. */
  readonly kb?: KnowledgeBase;
}

/** Who did what to whom, coded in PLOVER and CAMEO. Knowledge data is loaded once per process, by the first run. */
export function createEventsStage(options: EventsStageOptions = {}): Stage {
  return {
    name: 'events',
    version: '1',
    requires: ['tokens', 'sentences', 'entities', 'times', 'quantities', 'claims'],
    assigns: ['events'],
    run: (doc) => {
      const title = titleContext(doc, options.readTitle);
      const events = findEvents(doc, options, title);
      const failure = title.failure();
      const warning = failure === undefined ? [] : [{ code: 'events/title-unread', severity: 'warning' as const, stage: 'events', message: `the title could not be read as context: ${failure}` }];
      return withDiagnostics(withLayers(doc, { events }), warning);
    },
  };
}

/** The events of a document: detected per sentence, recoded for tense, merged per happening, numbered v1… in text order. */
export function findEvents(doc: Doc, options: EventsStageOptions = {}, title: TitleContext = titleContext(doc, options.readTitle)): Event[] {
  const dictionary = options.dictionary ?? defaultVerbDictionary();
  const codes = options.codes ?? defaultCodeTable();
  const kb = options.kb ?? loadKnowledgeBase();
  const detect = { dictionary, codes, keepUnknownCodes: options.keepUnknownCodes ?? false, title, kb };
  const entities = doc.layers.entities ?? [];
  const dyad = mainParties(entities);
  const drafts: DraftEvent[] = [];
  const sentences = doc.layers.sentences ?? [];
  // Past tenses first: they read the tags around each word, which a modal's base form does not change.
  const tokens = retagModalBases(retagPastTenses(doc.layers.tokens ?? [], sentences, dictionary), dictionary);
  const times = doc.layers.times ?? [];
  let from = 0;
  for (const sentence of sentences) {
    while (from < entities.length && entities[from]!.start < sentence.start) from++;
    let to = from;
    while (to < entities.length && entities[to]!.start < sentence.end) to++;
    const inSentence = entities.slice(from, to);
    // A complaining tail ("…, Lebanon complained") and a denial of responsibility are read before the triggers: they replace their verb's own reading.
    const tail = [...complaintTail(doc, tokens, sentence, inSentence, dyad), ...deniedAct(doc, tokens, sentence, inSentence, dyad)];
    const found = detectSentence(doc, tokens, sentence, inSentence, dyad, detect).filter((f) => !tail.some((t) => t.trigger.start === f.trigger.start))
      .map((f) => aimAccusation(doc, tokens, sentence, inSentence, dyad, f));
    // A question asserts nothing: "Is Berlin going to … urge Washington to lift the sanctions?" tells no happening.
    if (tokens[sentence.endToken - 1]?.normal === '?') continue;
    for (const raw of found) {
      // A welcome of an official guest is the hosting of a visit; other courtesies are no events.
      const d = asHosting(raw, tokens, sentence.firstToken, sentence.endToken, inSentence) ?? raw;
      if (d === raw && isCourtesy(d, tokens, sentence.firstToken, sentence.endToken, inSentence)) continue;
      // "the spirit of Sevastopol cannot be killed", "our plan to support shipbuilding": no act between actors.
      if (figurative(d, tokens, sentence.firstToken, sentence.endToken)) continue;
      // Joint exercises before the provoker search: an exercise of two states together answers no one.
      const coded = diplomaticProtest(jointExercise(options.recodeTense === false ? d : recode(d, codes, tokens), tokens, inSentence), inSentence);
      // After the recode: it reads the negation the tense recode turned into a threat ("would not rule out force").
      const held = forceNotRuledOut(coded, tokens);
      if (!held) continue;
      // The media's attacks are words: recoded before the steps after, which read the category.
      const r = reliefOrigin(aimAtProvoker(verbalAttack(held), tokens, sentence, inSentence), tokens, sentence, inSentence);
      // Hopes and history are dropped before they can merge: kept as wishes, they would lend their sides to any happening of
      // their category in the article. Other acts only wished for may still lend theirs ("hope to continue our contacts").
      if (hopedFor(r, tokens, sentence.firstToken, inSentence) || background(r, tokens, sentence.firstToken, times, doc.meta.published, entities, kb)) continue;
      if (r.source || r.target || r.refToken !== undefined || r.anaphoric) drafts.push(happening(r, tokens) ? r : { ...r, wished: true });
    }
    // A demand read from "X said that Y must …" only where the cue is no trigger of its own ("demanded that …" is coded by its verb).
    for (const d of demandsOf(doc, tokens, sentence, inSentence, dyad)) if (!found.some((f) => f.trigger.start === d.trigger.start)) drafts.push(d);
    // "X said that talks with Y are out of the question": a rejection the claim states, with no trigger word of its own.
    drafts.push(...ruledOut(doc, tokens, sentence, inSentence, dyad));
    // A warning that force will follow, only where no threat was read from the sentence's own triggers ("warned that it would respond").
    if (!found.some((f) => f.plover === 'THREATEN')) drafts.push(...warnedThat(doc, tokens, sentence, inSentence, dyad));
    // "said Russian hackers were behind the attack": blame told as a fact, only where no accusation was read from the sentence's own triggers.
    if (!found.some((f) => f.plover === 'ACCUSE')) drafts.push(...blamed(doc, tokens, sentence, inSentence, dyad));
    drafts.push(...tail);
  }
  const merged = mergeDrafts(drafts);
  resolveReferences(merged);
  // A pledge made in the talk the title names is aimed at its partner, when made or undertaken ("said Russia was ready to sign";
  // not one only hoped for or supposed) and aimed at no other event's actor. After merging: another mention of the same happening
  // that names a target comes first.
  for (const d of merged) if (!d.target && d.source && MADE.has(d.status) && d.refToken === undefined) d.target = titlePledgee(doc, title, d.source, d.cameo);
  // After the title's partner: a headline's talk is the report's own; a talk the body tells last may be one of several.
  for (const d of merged) if (!d.target) d.target = talkCounterpart(doc, merged, d);
  return (options.petrarchPairs ? merged.flatMap((d) => petrarchPairs(d, entities)) : merged)
    .filter((d) => !d.wished && worthKeeping(d))
    // Title ids are dropped only after merging and keeping, which compare them (two title people are two sides, not none);
    // before inferPhone or after it alike, since it reads the sides' actor codes, which stay.
    .map(withBodyEntities)
    .map(inferPhone)
    .sort((a, b) => a.trigger.start - b.trigger.start || a.trigger.end - b.trigger.end)
    .map((d, i) => toEvent(d, i, codes));
}

/** PLOVER categories that need a recipient (COOPERATE, AID, SANCTION per the manual; CONSULT too here: a meeting with no known partner is not a dyad). */
const NEEDS_TARGET = new Set(['CONSULT', 'COOPERATE', 'AID', 'SANCTION']);
/** Material categories: a hypothetical one ("bombers capable of launching missiles", "they may be fighting") is no happening to record. */
const MATERIAL = new Set(['COOPERATE', 'AID', 'RETREAT', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
/** Verbs of courtesy that are an act only towards someone named: "congratulated those present", "we congratulated the staff" praise no actor. */
const COURTESIES = new Set(['congratulate', 'thank']);
/** Categories kept with a target and no source: violence and coercion whose perpetrator the text leaves unnamed. */
const TARGET_ONLY = new Set(['ASSAULT', 'COERCE']);

/**
 * Is the event worth recording? Both sides known; or a source alone where the category needs no
 * recipient; or a victim alone of violence or coercion. Half-read verbal acts (a demand to nobody
 * known, a meeting with nobody known) are left out rather than guessed; a hypothetical is kept only
 * as a verbal act between two known sides ("could meet Chile"), never as material action.
 */
function worthKeeping(d: DraftEvent): boolean {
  if (d.source && d.target && !d.ownPeople && d.target.entities.every((e) => d.source!.entities.includes(e))) d.target = undefined;
  if (d.status === 'hypothetical' && (MATERIAL.has(d.plover) || !d.source || !d.target)) return false;
  if (d.source && d.target) return true;
  if (d.source) return !NEEDS_TARGET.has(d.basePlover ?? d.plover) && !COURTESIES.has(d.lemmas[0] ?? '');
  if (d.target) return TARGET_ONLY.has(d.plover) && d.status !== 'hypothetical';
  return false;
}

/** The two countries with the most actor mentions: whom "both sides" means in this document. */
function mainParties(entities: readonly EntityMention[]): EntityMention[] {
  const counts = new Map<string, { n: number; first: EntityMention }>();
  for (const m of entities) {
    const country = m.country ?? actorCode(m)?.slice(0, 3);
    if (!country || m.type === 'PERSON') continue;
    const c = counts.get(country);
    if (c) {
      c.n++;
      if (c.first.type !== 'GPE' && m.type === 'GPE') c.first = m;
    } else counts.set(country, { n: 1, first: m });
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || a.first.start - b.first.start).slice(0, 2);
  return top.length === 2 && top[1]!.n >= 2 ? top.map((t) => t.first) : [];
}

/** How many tokens back from a relative pronoun its antecedent trigger may stand ("truces to allow both sides to recover dead bodies, which"). */
const REFERENCE_REACH = 8;

/** "respond to the drone strikes", "which Ukraine has rejected": the target is the source of the event referred to. */
function resolveReferences(events: DraftEvent[]): void {
  for (const e of events) {
    if (e.target || e.refToken === undefined) continue;
    let referred: DraftEvent | undefined;
    for (let k = e.refToken; k >= e.refToken - REFERENCE_REACH && !referred; k--) referred = events.find((o) => o !== e && o.tokens.includes(k));
    const target = referred?.source;
    if (target && target.actor?.slice(0, 3) !== e.source?.actor?.slice(0, 3)) e.target = target;
  }
}

/** Verbs and nouns of remote talk, and of meeting in person. */
const TALK_WORDS = new Set(['speak', 'conversation', 'converse']);
const MEET_WORDS = new Set(['meet', 'meeting', 'visit', 'summit', 'host', 'negotiation', 'negotiate', 'talk', 'talks']);

/**
 * Two parties of different countries who "spoke" or had a "conversation", with no place and no
 * meeting word anywhere among the event's mentions: in diplomatic reporting that is a call (CAMEO
 * 041, PLOVER CONSULT mode phone). A heuristic, so the confidence drops.
 */
function inferPhone(d: DraftEvent): DraftEvent {
  if (d.plover !== 'CONSULT' || d.mode || d.location || !d.source?.actor || !d.target?.actor) return d;
  if (d.source.actor.slice(0, 3) === d.target.actor.slice(0, 3)) return d;
  if (!d.lemmas.some((l) => TALK_WORDS.has(l)) || d.lemmas.some((l) => MEET_WORDS.has(l))) return d;
  return { ...d, cameo: '041', mode: 'phone', confidence: Math.max(0.4, d.confidence - 0.15), rule: `${d.rule}+remote-talk` };
}

/** The public event: code table facts added, id given. */
function toEvent(d: DraftEvent, i: number, codes: CodeTable): Event {
  const row = lookupCode(codes, d.cameo);
  const context = d.context ?? row?.context ?? [];
  const mode = d.mode ?? (row?.mode || undefined);
  return {
    id: `v${i + 1}`,
    sentence: d.sentence,
    trigger: d.trigger,
    plover: d.plover,
    ...(mode && { mode }),
    ...(context.length > 0 && { context }),
    cameo: d.cameo,
    quad: row?.quad ?? 0,
    goldstein: row?.goldstein ?? 0,
    ...(d.source && { source: d.source }),
    ...(d.target && { target: d.target }),
    ...(d.location && { location: d.location }),
    ...(d.time && { time: d.time }),
    ...(d.quantities.length > 0 && { quantities: d.quantities }),
    status: d.status,
    ...(d.reportedBy && { reportedBy: d.reportedBy }),
    ...(d.mentions.length > 1 && { mentions: [...d.mentions].sort((a, b) => a.start - b.start) }),
    confidence: Math.round(d.confidence * 100) / 100,
    rule: d.rule,
  };
}
