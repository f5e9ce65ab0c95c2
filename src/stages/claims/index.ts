import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';

/** Attributed claims: who says what, and who disputes it (issue 5; empty until it lands). */
export function createClaimsStage(): Stage {
  return {
    name: 'claims',
    version: '0',
    requires: ['tokens', 'sentences', 'entities'],
    assigns: ['claims'],
    run: (doc) => withLayers(doc, { claims: [] }),
  };
}
