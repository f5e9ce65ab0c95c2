/**
 * A small actor tagger for the PETRARCH unit tests: the fictional-country actor and agent
 * dictionaries (`PETR.Validate.*`), read with the entities engineer's PETRARCH parsers, matched
 * longest-first on tokens, dated codes chosen by the record's date, and an agent next to an actor
 * ("Gondor's government", "Arnor cleric", "Soldiers from Gondor") appended to its code.
 */
import type { Token } from '../../src/core/doc.js';
import type { EntityMention } from '../../src/core/mention.js';
import { parseActorDictionary, type ActorCode } from '../../src/knowledge/petrarch/parse-actors.js';
import { parseAgentDictionary } from '../../src/knowledge/petrarch/parse-agents.js';

/** A phrase trie node. */
interface Node {
  next: Map<string, Node>;
  codes?: readonly ActorCode[];
  agent?: { code: string; suffix: boolean };
}

/** Dictionaries ready for tagging. */
export interface PetrarchActors {
  readonly actors: Node;
  readonly agents: Node;
}

/** Inserts a phrase into a trie. */
function insert(root: Node, words: readonly string[], set: (node: Node) => void): void {
  let node = root;
  for (const w of words) {
    const key = w.toLowerCase();
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map() }));
    node = child;
  }
  set(node);
}

/** Reads the actor and agent dictionaries. */
export function loadPetrarchActors(actorsText: string, agentsText: string): PetrarchActors {
  const actors: Node = { next: new Map() };
  for (const entry of parseActorDictionary(actorsText).entries) {
    for (const phrase of [entry.phrase, ...entry.synonyms]) insert(actors, phrase, (n) => (n.codes = entry.codes));
  }
  const agents: Node = { next: new Map() };
  for (const entry of parseAgentDictionary(agentsText).entries) {
    const agent = { code: entry.code, suffix: entry.suffix };
    insert(agents, entry.phrase, (n) => (n.agent = agent));
    const plurals = entry.plurals ?? [[...entry.phrase.slice(0, -1), `${entry.phrase[entry.phrase.length - 1]}S`]];
    for (const p of plurals) insert(agents, p, (n) => (n.agent = agent));
  }
  return { actors, agents };
}

/** The longest phrase of the trie starting at token `i`: its end and node. */
function longest(root: Node, tokens: readonly Token[], i: number, end: number): { end: number; node: Node } | undefined {
  let node: Node | undefined = root;
  let best: { end: number; node: Node } | undefined;
  for (let k = i; k < end && node; k++) {
    node = node.next.get(tokens[k]!.normal);
    if (node && (node.codes || node.agent)) best = { end: k + 1, node };
  }
  return best;
}

/** The code valid on `date` (YYYY-MM-DD): a dated code whose range holds it, else the default. */
function codeOn(codes: readonly ActorCode[], date: string): string | undefined {
  const dated = codes.find((c) => (c.from !== undefined || c.to !== undefined) && (!c.from || c.from <= date) && (!c.to || date <= c.to));
  return (dated ?? codes.find((c) => c.from === undefined && c.to === undefined))?.code;
}

/** What may stand between members of a list of actors. */
const LIST_GAPS = new Set([',', 'and', ', and']);

/** An actor code with an agent's code joined (before or after it), unless the code already holds it ("White House security officials" stay USAGOV). */
function withAgent(code: string, agent: { code: string; suffix: boolean }): string {
  if (code.slice(3).includes(agent.code)) return code;
  return agent.suffix ? code + agent.code : agent.code + code;
}

/** Entity mentions for every actor phrase of the text, with agents joined to their actor. */
export function tagActors(text: string, tokens: readonly Token[], dict: PetrarchActors, date: string): EntityMention[] {
  const found: { start: number; end: number; code?: string; agent?: { code: string; suffix: boolean } }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const actor = longest(dict.actors, tokens, i, tokens.length);
    const agent = longest(dict.agents, tokens, i, tokens.length);
    if (actor && (!agent || actor.end >= agent.end)) {
      const code = codeOn(actor.node.codes!, date);
      if (code) found.push({ start: i, end: actor.end, code: code.toUpperCase() });
      i = actor.end;
    } else if (agent) {
      found.push({ start: i, end: agent.end, agent: agent.node.agent! });
      i = agent.end;
    } else i++;
  }
  const mentions: EntityMention[] = [];
  const used = new Set<number>();
  // An agent that reached an actor over "of"/"in"/"from" ("ambassadors of Arnor, Osgiliath and Gondor") reaches the rest of its list.
  let listAgent: { code: string; suffix: boolean } | undefined;
  let listEnd = -1;
  found.forEach((f, n) => {
    if (!f.code || used.has(n)) return;
    let code = f.code;
    let start = f.start;
    let end = f.end;
    const next = found[n + 1];
    const prev = found[n - 1];
    const gapAfter = next ? tokens.slice(f.end, next.start).map((t) => t.normal) : [];
    const gapBefore = prev ? tokens.slice(prev.end, f.start).map((t) => t.normal) : [];
    const inList = listAgent !== undefined && listEnd >= 0 && LIST_GAPS.has(tokens.slice(listEnd, f.start).map((t) => t.normal).join(' '));
    listAgent = inList ? listAgent : undefined;
    if (next?.agent && (gapAfter.length === 0 || (gapAfter.length === 1 && ["'s", '’s'].includes(gapAfter[0]!)))) {
      code = withAgent(code, next.agent);
      end = next.end;
      used.add(n + 1);
      // "Bree Prime Minister Romendacil": a named person of the same country right after the agent is the same actor.
      const person = found[n + 2];
      if (person?.code && person.start === next.end && person.code.slice(0, 3) === f.code.slice(0, 3)) {
        end = person.end;
        used.add(n + 2);
      }
    } else if (prev?.agent && !used.has(n - 1) && (gapBefore.length === 0 || (gapBefore.length === 1 && ['from', 'of', 'in'].includes(gapBefore[0]!)))) {
      code = withAgent(code, prev.agent);
      start = prev.start;
      used.add(n - 1);
      if (gapBefore.length === 1) listAgent = prev.agent;
    } else if (listAgent) code = withAgent(code, listAgent);
    listEnd = end;
    const s = tokens[start]!.start;
    const e = tokens[end - 1]!.end;
    mentions.push({ id: `m${mentions.length + 1}`, start: s, end: e, text: text.slice(s, e), confidence: 1, rule: 'eval/petrarch-actor', type: 'GPE', entity: `e${mentions.length + 1}`, name: text.slice(s, e), actor: code, country: code.slice(0, 3) });
  });
  return mentions;
}
