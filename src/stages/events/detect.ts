import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { VIOLENCE_ROOTS } from './cameo-roots.js';
import { harmedBy } from './means-victims.js';
import { lookupCode, type CodeTable } from '../../knowledge/verbs/code-table.js';
import type { KnowledgeBase } from '../../knowledge/load-kb.js';
import type { VerbDictionary } from '../../knowledge/verbs/types.js';
import { tokenAtOrAfter } from '../../text/token-at.js';
import { sentenceGroups } from './actors.js';
import { nearestDyad } from './both-sides.js';
import { jointAct, twoLeaders } from './two-leaders.js';
import { bodyGathering } from './multilateral-meeting.js';
import { possessiveIts } from './possessive-its.js';
import { resumedSpan, splitClauses, type Clause } from './clauses.js';
import { openingAntecedent } from './coreference.js';
import { ABSORBING, draft, OWN_FILE, unnamedPartner } from './draft.js';
import { hasEntries, matchTrigger, wordsOf, type TriggerMatch } from './match-triggers.js';
import { isCapability, isTopic, notAHappening, otherSense } from './happening.js';
import type { DraftEvent } from './merge.js';
import type { TitleContext } from './title-actors.js';
import { isDefinite, onlyPremodifiers, POSSESSIVE, REPORTING_LIGHT_VERBS } from './noun-roles.js';
import { stillToCome } from './until.js';
import { populationAttitude } from './attitude.js';
import { noPermission } from './permission.js';
import { pastAt } from './tense-words.js';
import { participleProtesters } from './protesters.js';
import { forbiddenActs } from './forbidden-act.js';
import { datedParticiple } from './dated-participle.js';
import { reportedWould } from './reported-would.js';

/** CAMEO "conduct strike or boycott", the labour strike a verb holding on a strike gives. */
const LABOUR_STRIKE = '143';

/** What detection needs besides the document. */
export interface DetectOptions {
  readonly dictionary: VerbDictionary;
  readonly codes: CodeTable;
  /** Keep codes the code table does not know (test-only PETRARCH codes); dropped by default. */
  readonly keepUnknownCodes?: boolean;
  /** The document's title and its people, read at most once. */
  readonly title: TitleContext;
  /** The knowledge base the entities were coded with. */
  readonly kb: KnowledgeBase;
}

/** Draft events of one sentence, in text order, read from the document's tokens as `retagPastTenses` corrects them. */
export function detectSentence(doc: Doc, tokens: readonly Token[], sentence: Sentence, entities: readonly EntityMention[], dyad: readonly EntityMention[], options: DetectOptions): DraftEvent[] {
  if (!anyTrigger(tokens, sentence, options.dictionary)) return [];
  const clauses = splitClauses(tokens, sentence.firstToken, sentence.endToken);
  const matches: { m: TriggerMatch; clause: Clause; plover: string }[] = [];
  let present: Set<string> | undefined;
  let c = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const pos = tokens[i]!.pos;
    if (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'PROPN') continue;
    while (c < clauses.length && clauses[c]!.end <= i) c++;
    const clause = clauses[c];
    if (!clause || clause.start > i) continue;
    if (!hasEntries(tokens[i]!, options.dictionary)) continue;
    present ??= wordsOf(tokens, sentence.firstToken, sentence.endToken);
    // "Martial law, which was imposed in 1989, was lifted by …": a pattern's subject words may stand before an aside.
    const m = matchTrigger(tokens, i, clause, options.dictionary, present) ?? resumedMatch(tokens, i, clauses, c, options.dictionary, present);
    if (!m) continue;
    const row = lookupCode(options.codes, m.code);
    if (!row && !options.keepUnknownCodes) continue;
    if (m.code.startsWith('01')) continue;
    matches.push({ m, clause, plover: m.plover ?? row?.plover ?? '' });
    i = Math.max(i, m.end - 1);
  }
  const absorbed = new Set<number>();
  for (const { m, clause, plover } of matches) {
    // "demanded that Israel ease restrictions", "its demand that Israel ease restrictions": what is demanded in the that-clause did not happen.
    const asked = ABSORBING.has(plover) ? thatClauseAfter(tokens, m.end, clause, clauses) : undefined;
    if (asked) for (const other of matches) if (other.clause === asked) absorbed.add(other.m.head);
    if (m.kind !== 'verb') continue;
    // "crushed a protest by Chileans": an object noun with its own agent after "by", of a verb in the past, is an act of that agent,
    // which happened too ("will crush any rallies by Chileans" tells of none).
    const agentsOwn = (k: number): boolean => tokens[k + 1]?.normal === 'by' && pastAt(tokens, m.start, false);
    for (const k of m.used) if (!isDefinite(tokens, k) && !agentsOwn(k)) absorbed.add(k);
    // "banned the opposition's rallies": an act forbidden is not done, whoever owns it (forbidden-act.ts).
    for (const k of forbiddenActs(tokens, m, matches)) absorbed.add(k);
    if (ABSORBING.has(plover) || (plover === 'THREATEN' && !m.used.some((k) => isDefinite(tokens, k)))) {
      for (const other of matches) if (other.m.start >= m.end && other.clause === clause && !(plover === 'THREATEN' && isDefinite(tokens, other.m.head))) absorbed.add(other.m.head);
    }
  }
  if (matches.length === 0) return [];
  // "Both sides agreed …": the opposed pair named last, before the article's two main parties.
  const sides = nearestDyad(doc, tokens, sentence, dyad);
  const listed = sentenceGroups(tokens, sentence.firstToken, sentence.endToken, entities, sides);
  // "Putin met Erdogan in Sochi. The two presidents agreed …": the two people just named, placed among the groups in text order.
  const leaders = twoLeaders(doc, tokens, sentence, options.title);
  const placed = leaders ? [...listed.filter((g) => g.end <= leaders.start), leaders, ...listed.filter((g) => g.end > leaders.start)] : listed;
  // "Iran said protesters had attacked its embassy": an "its" of the subject's, placed among the groups in text order.
  const owned = possessiveIts(tokens, sentence.firstToken, sentence.endToken, placed, clauses);
  const named = owned.length === 0 ? placed : [...placed, ...owned].sort((a, b) => a.start - b.start);
  // "It also urged donors …": an opening pronoun subject stands for the previous sentence's subject, and comes first.
  const opening = openingAntecedent(doc, tokens, sentence, named, sides);
  const groups = opening ? [opening, ...named] : named;
  const afterOpening = openingClauseEnd(tokens, clauses);
  const drafts: DraftEvent[] = [];
  // "was killed as a result of a US strike on Baghdad's airport": the maker of a violent nominal is the agent of the harm it tells the means of.
  const meansAgents = new Map<number, EventActor>();
  // Labour strikes held on ("kept up their strike"), with the strike nouns their patterns used.
  const heldStrikes = new Map<DraftEvent, readonly number[]>();
  for (const { m, clause, plover } of matches) {
    // "teachers protesting the reform": a protest participle after its people is their act, not a noun phrase's modifier; nor is it
    // the noun a police act's pattern took ("Police dispersed Kenyan teachers protesting pay cuts": "disperse * protest"), which stays.
    const people = participleProtesters(tokens, m, groups);
    if ((absorbed.has(m.head) && !people) || (m.kind === 'noun' && isTopic(tokens, m.start, clause.start) && !claimedAct(tokens, m.start, clause.start)) || isCapability(tokens, m.start, clause.start)
      || (m.kind === 'noun' && bodyGathering(tokens, m.head, clause.start, clause.end, entities))) continue;
    // An opening participle ("Opening bilateral talks with …, Putin underlined") is no gerund subject ("Resolving the crisis was the focus").
    // Not before a bare noun: "Shooting crews of the Russian ORT, VGTRK and NTV … were detained" is a noun phrase.
    const openingParticiple = m.start === sentence.firstToken && afterOpening !== Infinity && tokens[m.start + 1]?.pos !== 'NOUN';
    if (m.kind === 'verb' && !openingParticiple && people === undefined && notAHappening(doc.text, tokens, m.start, m.start >= afterOpening ? afterOpening : sentence.firstToken, sentence.endToken)) continue;
    // "supported the ceasefire agreed last week": a participle between a noun and a date tells someone else's earlier act.
    if (m.kind === 'verb' && people === undefined && datedParticiple(tokens, doc.layers.times ?? [], m.start, clause.start)) continue;
    if (m.kind === 'verb' && otherSense(tokens, m, sentence.endToken)) continue;
    // "Most Germans support sending tanks": what a population thinks is no act of an actor.
    if (populationAttitude(tokens, m, clause, entities)) continue;
    // "This allowed our two countries to expand trade": a permission is an act only of an actor letting someone do something.
    if (noPermission(tokens, m, clause, entities)) continue;
    // "will keep its embassy open until Chilean police shut the border": an act still to come after "until" or "before" is the
    // condition of the main act, no act of its own subject (not a threat by the police).
    if (stillToCome(tokens, m, clause)) continue;
    // "the families of those killed or injured": a participle after "those" names victims, not an act whose sides the clause gives.
    if (m.kind === 'verb' && afterThose(tokens, m.start)) continue;
    // "police fired tear gas at teachers protesting the reform": a protest participle's source is its people, not the clause's
    // subject; with no one to name them it is no event (a sourceless draft would merge into the clause's own protest).
    if (people === null) continue;
    let d = draft(doc, tokens, sentence, m, clause, clauses, groups, plover, options.title, options.kb, people);
    // "Turkey would continue to work with Russia, the minister said": "would" in a plain report is the speaker's side's plan.
    if (d.status === 'hypothetical' && m.kind === 'verb' && reportedWould(tokens, m.start, sentence.firstToken, sentence.endToken, doc.layers.claims ?? [])) d = { ...d, status: 'planned' };
    if (d.passiveWithoutActor || !jointAct(tokens, leaders, d.cameo, [d.source, d.target])) continue;
    // "Putin met with President of the International Olympic Committee Thomas Bach": a meeting whose partner is named but no actor
    // is left out here, as one with no partner is, before it could be merged into another meeting of the article.
    if (plover === 'CONSULT' && m.kind === 'verb' && !d.target && unnamedPartner(tokens, m, groups)) continue;
    // "talks started with Mr Putin's talk to Armenian President Robert Kocharian": the verb's object owns an act of the same kind, which is the happening.
    if (m.kind === 'verb' && d.target?.end !== undefined && ownsSameAct(tokens, d.target.end, plover, matches)) continue;
    // "Putin confirmed Italy's support for Ukraine" ("confirm * support"): after a light verb that reports its object nominal as an
    // act (noun-roles.ts), the pattern's noun the verb's object owns is that owner's act, aimed at whom the noun's own phrase names, as
    // the nominal alone would be ("Italy's support for Ukraine"), not the subject's act on the owner; with no one its phrase names, no
    // event (whatever the pattern's file), rather than one aimed at the owner. Not after a verb that does the act ("Russia launched
    // Ukraine's largest drone attack" is Russia's) or answers another's ("Putin accepted Mr Kuchma's invitation" is Putin's, aimed at
    // Kuchma). Before the both-sides test, which the owner's act must pass.
    const owned = m.kind === 'verb' && d.target?.end !== undefined && REPORTING_LIGHT_VERBS.has(tokens[m.head]!.lemma.toLowerCase()) ? ownedPatternWord(tokens, d.target.end, m) : undefined;
    if (owned !== undefined) {
      d = draft(doc, tokens, sentence, { ...m, kind: 'noun', head: owned, start: owned, end: owned + 1, used: [] }, clause, clauses, groups, plover, options.title, options.kb);
      if (!options.keepUnknownCodes && !bothSides(d)) continue;
    }
    if (!m.origin.startsWith(OWN_FILE) && !options.keepUnknownCodes && !bothSides(d)) continue;
    const antecedent = clause.kind === 'relative' && m.kind === 'verb' ? drafts.find((o) => o.plover === plover && o.tokens[0] === clause.start - 1) : undefined;
    if (antecedent) {
      // "drone strikes that targeted its airfields": the relative clause restates its antecedent's event.
      // Not the attacker's own country, unless both name sectors of it: "an attack that killed seven Turkish soldiers", claimed by Turkish rebels.
      if (!antecedent.target && d.target && otherSide(d.target.actor, antecedent.source?.actor)) antecedent.target = d.target;
      continue;
    }
    drafts.push(d);
    if (m.kind === 'verb' && m.code.startsWith(LABOUR_STRIKE)) heldStrikes.set(d, m.used);
    const harmed = m.kind === 'noun' && d.source && VIOLENCE_ROOTS.has(d.cameo.slice(0, 2)) ? harmedBy(tokens, m.start, clause.start) : undefined;
    if (harmed !== undefined) meansAgents.set(harmed, d.source!);
  }
  // After all drafts: the nominal most often follows the verb whose harm it explains.
  for (const d of drafts) if (!d.source && meansAgents.has(d.tokens[0]!)) d.source = { ...meansAgents.get(d.tokens[0]!)! };
  // "kept up their strikes against Hamas targets", "kept up their air strikes in Idlib": a strike the noun reads as an attack on a
  // side it names is that attack (PLOVER ASSAULT), no labour strike held on (CAMEO 143). After all drafts: the noun follows the verb.
  const attacks = new Set(drafts.filter((d) => d.plover === 'ASSAULT' && d.target).map((d) => d.tokens[0]));
  return drafts.filter((d) => !heldStrikes.get(d)?.some((k) => attacks.has(k)));
}

/**
 * The match of the trigger at `i` over the opening noun phrase its clause resumes after an aside, if
 * any. The pattern is matched over the phrase and the clause joined, the aside cut out: "Syrian troops,
 * which have been stationed in Lebanon since 1976 under an Arab League mandate, began withdrawing"
 * has its subject's "troops" as near the verb as without the aside, and a word of the aside is no word
 * of the pattern. Token indices of the match are those of the sentence.
 */
function resumedMatch(tokens: readonly Token[], i: number, clauses: readonly Clause[], c: number, dictionary: VerbDictionary, present: ReadonlySet<string>): TriggerMatch | undefined {
  const span = resumedSpan(tokens, clauses, c);
  if (!span) return undefined;
  const [opening, clause] = [clauses[0]!, clauses[c]!];
  const cut = opening.end - opening.start;
  const joined = [...tokens.slice(opening.start, opening.end), ...tokens.slice(clause.start, clause.end)];
  const m = matchTrigger(joined, cut + i - clause.start, { start: 0, end: joined.length, kind: clause.kind }, dictionary, present);
  if (!m) return undefined;
  const at = (k: number): number => (k < cut ? opening.start + k : clause.start + k - cut);
  return { ...m, head: at(m.head), start: at(m.start), end: at(m.end - 1) + 1, used: m.used.map(at) };
}

/**
 * Does a draft name a source and a target that is someone else? Patterns of converted dictionaries
 * count only then; the two may share a country ("Sandinista government … ordered La Prensa").
 */
function bothSides(d: DraftEvent): boolean {
  return d.source !== undefined && d.target !== undefined && d.target.entities.some((e) => !d.source!.entities.includes(e));
}

/** The clause opened by "that" right after a trigger (over a day word: "its demand today that …"), if any. */
function thatClauseAfter(tokens: readonly Token[], end: number, clause: Clause, clauses: readonly Clause[]): Clause | undefined {
  const next = clauses[clauses.indexOf(clause) + 1];
  return next && tokens[next.start]!.normal === 'that' && next.start - end <= 2 ? next : undefined;
}

/**
 * Where the main clause starts after an opening adverbial clause ("While visiting Ankara, the
 * minister turned down …", "After the talks ended, …"), or no index (Infinity) when there is none: the
 * opening clause's verb is no verb the main clause's nouns could own, so it does not make the main
 * verb a reduced relative ("the minister turned down" is no "minister who was turned down").
 */
function openingClauseEnd(tokens: readonly Token[], clauses: readonly Clause[]): number {
  const [first, next] = [clauses[0], clauses[1]];
  if (!first || !next) return Infinity;
  const opener = tokens[first.start]!;
  const adverbial = opener.pos === 'SCONJ' || (opener.pos === 'VERB' && opener.normal.endsWith('ing'));
  return adverbial && tokens[first.end]?.normal === ',' ? next.start : Infinity;
}

/**
 * Is the nominal at `start` an act someone claims or admits ("claimed responsibility for the attack
 * on an Israeli army post")? Then it is a happening, the claimant's, not a mere topic of "for".
 */
function claimedAct(tokens: readonly Token[], start: number, from: number): boolean {
  let k = start - 1;
  while (k > from && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN')) k--;
  return tokens[k]?.normal === 'for' && tokens[k - 1]?.normal === 'responsibility' && k - 1 > from;
}

/** Does the side ending at `offset` own, by a possessive, the nominal of another match of the same category ("Mr Putin's talk")? */
function ownsSameAct(tokens: readonly Token[], offset: number, plover: string, matches: readonly { m: TriggerMatch; plover: string }[]): boolean {
  const k = tokenAtOrAfter(tokens, offset);
  if (!POSSESSIVE.has(tokens[k]?.normal ?? '')) return false;
  let head = k + 1;
  while (tokens[head]?.pos === 'ADJ') head++;
  return matches.some((o) => o.m.kind === 'noun' && o.m.start === head && o.plover === plover);
}

/** The pattern word of `m` that the side ending at `offset` owns by a possessive ("confirmed Italy's firm support": "support"), or undefined. */
function ownedPatternWord(tokens: readonly Token[], offset: number, m: TriggerMatch): number | undefined {
  const k = tokenAtOrAfter(tokens, offset);
  if (!POSSESSIVE.has(tokens[k]?.normal ?? '')) return undefined;
  const word = m.used.find((u) => u > k);
  return word !== undefined && onlyPremodifiers(tokens, k + 1, word) ? word : undefined;
}

/** Is the verb at `i` a participle after "those", alone or coordinated ("those killed", "those killed or injured")? */
function afterThose(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.normal === tokens[i]!.lemma.toLowerCase()) return false;
  return tokens[i - 1]?.normal === 'those' || (tokens[i - 1]?.pos === 'CCONJ' && tokens[i - 3]?.normal === 'those');
}

/** Does any word of the sentence start a trigger? Most sentences have none and cost nothing more. */
function anyTrigger(tokens: readonly Token[], sentence: Sentence, dictionary: DetectOptions['dictionary']): boolean {
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const pos = tokens[i]!.pos;
    if ((pos === 'VERB' || pos === 'NOUN' || pos === 'PROPN') && hasEntries(tokens[i]!, dictionary)) return true;
  }
  return false;
}

/** Is a target another side than the source: another country, or another sector of the same one (rebels against soldiers)? */
function otherSide(target: string | undefined, source: string | undefined): boolean {
  if (target?.slice(0, 3) !== source?.slice(0, 3)) return true;
  return target !== undefined && source !== undefined && target.length > 3 && source.length > 3 && target !== source;
}
