/**
 * Who sent relief that arrived. A wire report of a delivery names the carrier as the subject and the
 * giver only inside its phrase: "A ship carrying 2,000 tonnes of Turkish food aid docked in
 * Mogadishu", "A Chinese plane loaded with medical supplies landed in Belgrade", "The first convoy
 * of Jordanian relief trucks reached the Gaza Strip". The nationality within the carrier's phrase is
 * the source of the aid (PLOVER AID: the provider), the place reached its target.
 */
import type { Sentence, Token } from '../../core/doc.js';
import type { EntityMention, EventActor } from '../../core/mention.js';
import { actorCode } from './actors.js';
import type { DraftEvent } from './merge.js';

/** Participles that carry the cargo inside the carrier's phrase ("carrying", "loaded with"): the phrase goes on over them. */
const CARRYING = new Set(['carry', 'load', 'laden', 'pack', 'bring', 'transport']);
/** Words before a name that make it the destination or the beneficiary, not the giver ("aid for Somalia", "bound for Gaza"). */
const DESTINATION = new Set(['for', 'to', 'into']);
/** Parts of speech the carrier's phrase is made of, with the auxiliaries and adverbs before the verb ("have now arrived"). */
const PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'PUNCT', 'VERB', 'AUX', 'ADV']);

/** The actor named in the subject phrase that ends before token `end`, scanning back to the sentence's start; undefined past a clause boundary. */
function giverBefore(tokens: readonly Token[], end: number, sentence: Sentence, mentions: readonly EntityMention[]): EntityMention | undefined {
  for (let k = end - 1; k >= sentence.firstToken; k--) {
    const t = tokens[k]!;
    if (!PHRASE.has(t.pos) || (t.pos === 'PUNCT' && t.normal !== '-')) return undefined;
    if (t.pos === 'VERB' && !CARRYING.has(t.lemma.toLowerCase())) return undefined;
    const m = mentions.find((x) => x.start === t.start && actorCode(x) !== undefined);
    if (m) return DESTINATION.has(tokens[k - 1]?.normal ?? '') ? undefined : m;
  }
  return undefined;
}

/** The draft with its source when it is aid (CAMEO 07) that reached a target with no source, and the carrier's phrase names a giver of another country; else the draft as it is. */
export function reliefOrigin(d: DraftEvent, tokens: readonly Token[], sentence: Sentence, mentions: readonly EntityMention[]): DraftEvent {
  if (!d.cameo.startsWith('07') || d.source || !d.target?.actor || d.tokens.length === 0) return d;
  const m = giverBefore(tokens, Math.min(...d.tokens), sentence, mentions);
  const code = m && actorCode(m);
  if (!m || !code || code.slice(0, 3) === d.target.actor.slice(0, 3)) return d;
  const source: EventActor = { entities: [m.entity], actor: code, text: m.text, start: m.start, end: m.end };
  return { ...d, source, rule: `${d.rule}+relief-giver` };
}
