/**
 * Violence done to someone in custody is the custodian's: "A Palestinian prisoner died as a result of
 * torture while in Israeli police custody" (Israel acts on the prisoner), "beaten in the custody of
 * Egyptian security forces".
 */
import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';

/** Words of a keeper's body that may stand between the keeper and "custody" ("Israeli police custody"). */
const KEEPERS = new Set(['police', 'military', 'army', 'security', 'government', 'state', 'prison', 'border', 'immigration']);

/** The group that holds someone in custody in the sentence ("in Israeli police custody", "in the custody of Saudi police"), if any. */
export function custodian(tokens: readonly Token[], groups: readonly ActorGroup[]): ActorGroup | undefined {
  return groups.find((g) => {
    let k = g.end;
    while (KEEPERS.has(tokens[k]?.normal ?? '') && k < g.end + 2) k++;
    if (tokens[k]?.normal === 'custody') return true;
    const of = tokens[g.start - 1]?.pos === 'DET' ? g.start - 2 : g.start - 1;
    return tokens[of]?.normal === 'of' && tokens[of - 1]?.normal === 'custody';
  });
}
