import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import { WITHDRAWAL } from './governed.js';
import type { TriggerMatch } from './match-triggers.js';

/** CAMEO root of military posturing (15): its nominal's "of" names the forces moved, as a withdrawal's does. */
const MOBILIZATION = '15';
/** CAMEO code of a resignation (0831, PLOVER RETREAT resign): "the resignation of Nepal's prime minister" is the prime minister's. */
const RESIGNATION = '0831';

/** The actor a withdrawal, deployment or resignation nominal's "of" names, who acts ("the withdrawal of French troops from Niger", "the deployment of British warships"), if any. */
export function withdrawingActor(tokens: readonly Token[], m: TriggerMatch, near: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind !== 'noun' || !(m.code.startsWith(WITHDRAWAL) || m.code.startsWith(MOBILIZATION) || m.code === RESIGNATION) || tokens[m.end]?.normal !== 'of') return undefined;
  return near.find((g) => g.start === m.end + 1 && !g.locative && !g.agentive);
}
