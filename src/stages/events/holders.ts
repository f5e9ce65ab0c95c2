import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

// Whom a demand for captives is made of when no one is its addressee: "called for the release of
// hostages held by Hezbollah", "appealed for access to prisoners of war held by Russia": the holder,
// named as the agent of a participle of holding in the demand's complement. Read by draft.ts for
// requests that name no target of their own.

/** Participles of holding people. */
const HOLDING = new Set(['held', 'detained', 'kidnapped', 'abducted', 'captured', 'seized', 'imprisoned', 'jailed', 'taken']);
/** How far after the request word the participle may stand ("for the release of two journalists held"). */
const HOLD_REACH = 10;

/** The agent of a participle of holding in a request's complement, with no other verb before it, if any. */
export function captivesHolder(tokens: readonly Token[], m: TriggerMatch, clauseEnd: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  const end = Math.min(clauseEnd, m.end + HOLD_REACH);
  for (let k = m.end; k < end; k++) {
    const t = tokens[k]!;
    if (HOLDING.has(t.normal) && tokens[k + 1]?.normal === 'by') return groups.find((g) => g.agentive && g.start >= k + 2 && g.start <= k + 4);
    if (t.pos === 'VERB' || t.normal === ',') return undefined;
  }
  return undefined;
}
