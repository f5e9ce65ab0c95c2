import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

/** People, organisations, places and groups, linked to the knowledge base (issue 3; empty until it lands). Knowledge data is loaded once per process, by the first call. */
export function createEntitiesStage(): Stage {
  return {
    name: 'entities',
    version: '0',
    requires: ['tokens', 'sentences'],
    assigns: ['entities'],
    run: (doc) => withLayers(doc, { entities: [] }),
  };
}
