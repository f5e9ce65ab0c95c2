import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer, type Analyzer } from '../../src/app/analyze.js';
import type { AnalysisRecord } from '../../src/core/record.js';
import { readArticleFile } from '../../src/ingest/read-article-file.js';

/** The shared corpora folder, beside the project root. */
export const CORPORA = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));

/** The seed article's path. */
export const SEED_PATH = `${CORPORA}seed/000_0287e4d4dab2f649.txt`;

let analyzer: Analyzer | undefined;
let seed: AnalysisRecord | undefined;

/** The analyzer shared by a test file (one per process, as the CLI has). */
export function testAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer({ onStageError: 'raise' });
  return analyzer;
}

/** The seed article's record, analysed once per test file. */
export function seedRecord(): AnalysisRecord {
  seed ??= testAnalyzer().analyze(readArticleFile(SEED_PATH));
  return seed;
}

/** The Kremlin corpus: 374 real texts, as input objects. */
export function kremlinTexts(): { id: string; title?: string; text: string; published?: string }[] {
  return readFileSync(`${CORPORA}kremlin/kremlin_ukraine_related.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; title?: string; text: string; date?: string | null })
    .map((row) => ({ id: row.id, text: row.text, ...(row.title && { title: row.title }), ...(row.date && { published: row.date }) }));
}
