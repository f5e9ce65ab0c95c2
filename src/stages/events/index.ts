import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

/** Who did what to whom, coded in PLOVER and CAMEO (issue 6; empty until it lands). Knowledge data is loaded once per process, by the first call. */
export function createEventsStage(): Stage {
  return {
    name: 'events',
    version: '0',
    requires: ['tokens', 'sentences', 'entities', 'times', 'quantities', 'claims'],
    assigns: ['events'],
    run: (doc) => withLayers(doc, { events: [] }),
  };
}
