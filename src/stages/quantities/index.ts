import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

/** Counted and measured amounts and what they count (issue 4; empty until it lands). */
export function createQuantitiesStage(): Stage {
  return {
    name: 'quantities',
    version: '0',
    requires: ['tokens', 'sentences'],
    assigns: ['quantities'],
    run: (doc) => withLayers(doc, { quantities: [] }),
  };
}
