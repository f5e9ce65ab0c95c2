import { sha256 } from '../core/hash.js';
import type { PipelineInfo } from '../core/record.js';

/** A short hash of the engine version and the ordered stage names and versions: analyses made under another one are stale. */
export function pipelineHash(info: PipelineInfo): string {
  return sha256(JSON.stringify([info.version, info.stages.map((s) => [s.name, s.version])])).slice(0, 16);
}
