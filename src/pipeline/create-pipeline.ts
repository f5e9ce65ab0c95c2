import type { Doc, LayerName } from '../core/doc.js';
import { withDiagnostics } from '../core/doc.js';
import { SitrepError } from '../core/errors.js';
import type { Stage, StageContext } from './stage.js';

/** What to do when a stage throws on a document. */
export type StageErrorPolicy = 'diagnose' | 'raise';

/** An ordered, checked list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage on `doc`. A stage that throws leaves a diagnostic and the later stages still run. */
  run(doc: Doc, ctx: StageContext): Doc;
}

/**
 * Builds a pipeline and checks it once, before any document runs: every layer a stage requires is
 * assigned by an earlier stage, no layer is assigned twice and no name is used twice.
 */
export function createPipeline(stages: readonly Stage[], onStageError: StageErrorPolicy = 'diagnose'): Pipeline {
  const assignedBy = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new SitrepError('E_STAGE_DUPLICATE', { stage: stage.name });
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!assignedBy.has(layer)) throw new SitrepError('E_STAGE_REQUIRES', { stage: stage.name, layer });
    }
    for (const layer of stage.assigns) {
      const other = assignedBy.get(layer);
      if (other) throw new SitrepError('E_STAGE_REASSIGNS', { stage: stage.name, layer, other });
      assignedBy.set(layer, stage.name);
    }
  }
  return {
    stages,
    run(doc, ctx) {
      let current = doc;
      for (const stage of stages) current = runStage(stage, current, ctx, onStageError);
      return current;
    },
  };
}

/** Runs one stage, turning a throw into a diagnostic unless the policy says raise. */
function runStage(stage: Stage, doc: Doc, ctx: StageContext, policy: StageErrorPolicy): Doc {
  try {
    return stage.run(doc, ctx);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (policy === 'raise') throw new SitrepError('E_STAGE_FAILED', { stage: stage.name, docId: doc.meta.id, detail }, { cause });
    return withDiagnostics(doc, [
      { code: 'pipeline/stage-failed', severity: 'error', stage: stage.name, message: `stage ${stage.name} failed: ${detail}` },
    ]);
  }
}
