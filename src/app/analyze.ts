import type { Diagnostic } from '../core/diagnostic.js';
import type { AnalysisRecord, PipelineInfo } from '../core/record.js';
import { type ArticleInput, isIsoDate } from '../pipeline/article-input.js';
import { createPipeline, type StageErrorPolicy } from '../pipeline/create-pipeline.js';
import { makeDoc } from '../pipeline/make-doc.js';
import type { Stage } from '../pipeline/stage.js';
import { toRecord } from '../record/to-record.js';
import { defaultStages } from '../stages/index.js';
import { VERSION } from '../version.js';

/** Options of `createAnalyzer`. */
export interface AnalyzerOptions {
  /** The stages to run, in order; the default pipeline when absent. */
  readonly stages?: readonly Stage[];
  /** `raise` makes a failing stage throw instead of leaving a diagnostic (for debugging). */
  readonly onStageError?: StageErrorPolicy;
}

/** Turns articles into analysis records with one pipeline, built and checked once. */
export interface Analyzer {
  readonly pipeline: PipelineInfo;
  analyze(input: ArticleInput): AnalysisRecord;
}

/** Builds an analyzer: the pipeline is checked and knowledge data loaded here, once, not per article. */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const pipeline = createPipeline(options.stages ?? defaultStages(), options.onStageError);
  const info: PipelineInfo = { version: VERSION, stages: pipeline.stages.map((s) => ({ name: s.name, version: s.version })) };
  return {
    pipeline: info,
    analyze(input) {
      const diagnostics: Diagnostic[] = [];
      let published = input.published?.trim();
      if (published !== undefined && !isIsoDate(published)) {
        diagnostics.push({
          code: 'input/bad-published',
          severity: 'warning',
          stage: 'input',
          message: `published "${published}" is not an ISO-8601 date; relative times are left unresolved`,
        });
        published = undefined;
      }
      const doc = makeDoc({ ...input, published }, diagnostics);
      return toRecord(pipeline.run(doc, published === undefined ? {} : { published }), info);
    },
  };
}

let shared: Analyzer | undefined;

/** Analyses one article with the default pipeline, made on the first call and reused after. */
export function analyze(input: ArticleInput): AnalysisRecord {
  shared ??= createAnalyzer();
  return shared.analyze(input);
}
