import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

/** Time expressions resolved against the publication date (issue 4; empty until it lands). */
export function createTimesStage(): Stage {
  return {
    name: 'times',
    version: '0',
    requires: ['tokens', 'sentences'],
    assigns: ['times'],
    run: (doc) => withLayers(doc, { times: [] }),
  };
}
