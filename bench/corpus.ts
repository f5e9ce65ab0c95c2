import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Kremlin corpus file, from the shared corpora beside the project. */
const KREMLIN = fileURLToPath(new URL('../../shared/corpora/kremlin/kremlin_ukraine_related.jsonl', import.meta.url));

/** Smallest benchmark corpus, in bytes of text: big enough that start-up and JIT warm-up do not dominate. */
export const MIN_CORPUS_BYTES = 5 * 1024 * 1024;

/** One benchmark article. */
export interface BenchText {
  readonly id: string;
  readonly text: string;
  readonly published?: string;
}

/** The Kremlin texts as JSONL input lines, one per text. */
export function kremlinLines(): string[] {
  return readFileSync(KREMLIN, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

/** Every Kremlin text, repeated until the corpus holds at least MIN_CORPUS_BYTES (copies get new ids). */
export function benchCorpus(): BenchText[] {
  const rows = kremlinLines().map((line) => JSON.parse(line) as { id: string; text: string; date?: string | null });
  const texts: BenchText[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < MIN_CORPUS_BYTES; copy++) {
    for (const row of rows) {
      texts.push({ id: `${row.id}#${copy}`, text: row.text, ...(row.date ? { published: row.date } : { published: '2020-01-01' }) });
      bytes += Buffer.byteLength(row.text);
    }
  }
  return texts;
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(texts: readonly BenchText[]): number {
  let words = 0;
  for (const { text } of texts) words += text.split(/\s+/).filter(Boolean).length;
  return words;
}
