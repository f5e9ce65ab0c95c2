import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { afterMatch, type TriggerMatch } from './match-triggers.js';

// Whom a ban or restriction on trade is aimed at when no one is its object: "Britain lifted the ban on
// beef imports from France", "Israel eased restrictions on goods entering the Gaza Strip", "imposed a ban
// on flights to Libya": the side the goods, flights or travel come from or go to. Read by draft.ts for
// concessions (CAMEO 08) and cuts of relations and sanctions (16) that name no target of their own.

/** CAMEO roots of easing (08) and of cutting relations or imposing sanctions (16). */
const TRADE_ROOTS = new Set(['08', '16']);
/** Nouns of what crosses a border. */
const TRADE_NOUNS = new Set(['imports', 'exports', 'goods', 'products', 'flights', 'travel', 'shipments', 'trade', 'cargo', 'deliveries', 'supplies', 'investment',
  'investments', 'beef', 'meat', 'grain', 'oil', 'gas', 'fuel', 'aid', 'tourism', 'visits', 'traffic']);
/** Words after such a noun that name where it comes from or goes to ("imports from", "goods entering", "flights to", "cargo bound for"). */
const WAY_WORDS = new Set(['from', 'to', 'into', 'entering', 'leaving', 'for']);
/** Words that may stand between that word and the side's name ("from the Gaza Strip", "to northern Iraq"). */
const SIDE_LEAD = new Set(['DET', 'ADJ']);
/** How far after the trigger (or its pattern's words) the trade noun may stand ("the ban on beef imports"). */
const NOUN_REACH = 6;

/** The side a trade noun of the trigger's object comes from or goes to, if any. */
export function tradeParty(tokens: readonly Token[], m: TriggerMatch, clauseEnd: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'verb' || !TRADE_ROOTS.has(m.code.slice(0, 2))) return undefined;
  const from = afterMatch(m);
  for (let k = from; k < Math.min(clauseEnd, from + NOUN_REACH); k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.normal === ',') return undefined;
    // "beef imports from": the last noun of a compound is the one the way word follows.
    if (!TRADE_NOUNS.has(t.normal) || t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN') continue;
    let w = k + 1;
    if (tokens[w]?.normal === 'bound' || tokens[w]?.normal === 'destined') w++;
    if (!WAY_WORDS.has(tokens[w]?.normal ?? '')) return undefined;
    let j = w + 1;
    while (j < clauseEnd && SIDE_LEAD.has(tokens[j]!.pos)) j++;
    return groups.find((g) => g.start === j && !g.agentive);
  }
  return undefined;
}
