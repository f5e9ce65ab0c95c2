import type { Diagnostic } from '../core/diagnostic.js';
import type { Doc, LayerName } from '../core/doc.js';

/** What a stage may read besides the document: nothing from the clock, the disk or the network. */
export interface StageContext {
  /** The article's publication date (ISO-8601), the reference for relative times; absent when unknown. */
  readonly published?: string;
}

/**
 * One step of the pipeline. Pure: the same Doc and context give the same output. Knowledge data
 * is given to the stage when it is made, once per process, never read per document.
 */
export interface Stage {
  readonly name: string;
  /** Bump when the stage's output changes, so stored records made by an older version are re-analysed. */
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}

/** A diagnostic before the stage name is filled in. */
export type DiagnosticInput = Omit<Diagnostic, 'stage'>;
