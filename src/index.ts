/** The library API of Sitrep: `import { analyze, createAnalyzer } from 'sitrep'`. */
export { analyze, createAnalyzer, type Analyzer, type AnalyzerOptions } from './app/analyze.js';
export type { ArticleInput } from './pipeline/article-input.js';
export type { AnalysisRecord, ErrorRecord, PipelineInfo, RecordDoc } from './core/record.js';
export type * from './core/mention.js';
export type { Diagnostic } from './core/diagnostic.js';
export type { Span } from './core/span.js';
export { SitrepError, ERRORS, type ErrorCode } from './core/errors.js';
export type { Stage, StageContext } from './pipeline/stage.js';
export { createPipeline } from './pipeline/create-pipeline.js';
export { VERSION } from './version.js';
