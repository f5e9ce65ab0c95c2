import type { TimeMention } from '../../src/core/mention.js';
import { createPipeline } from '../../src/pipeline/create-pipeline.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { createTimesStage } from '../../src/stages/times/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

/** The stages the times layer needs, and nothing after it, so evaluations time only what they score. */
const pipeline = createPipeline([tokensStage, tagsStage, createTimesStage()], 'raise');

/** The time mentions of a text against a publication date. */
export function timesOf(text: string, published?: string): readonly TimeMention[] {
  const doc = pipeline.run(makeDoc({ text, ...(published && { published }) }), published ? { published } : {});
  return doc.layers.times ?? [];
}

/** The first day a TIMEX3 value covers (2025-06 → 2025-06-01, 2025-W23 → its Monday), or null. */
export function firstDay(value: string): string | null {
  const v = value.split('/')[0]!;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000) + (Number(m[2]) - 1) * 7 * 86_400_000;
    return new Date(monday + (m[3] ? 5 * 86_400_000 : 0)).toISOString().slice(0, 10);
  }
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{2,4})$/.exec(v);
  return m ? `${m[1]!.padEnd(4, '0')}-01-01` : null;
}
