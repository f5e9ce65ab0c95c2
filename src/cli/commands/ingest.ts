import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultWorkers } from '../../app/default-workers.js';
import type { IngestProgress } from '../../app/ingest.js';
import { SitrepError } from '../../core/errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-article-file.js';
import { sourceBytes } from '../../ingest/source-size.js';
import { storePath } from '../../store/store-path.js';
import { formatJson } from '../output.js';
import { collect, usingStore, withDbOption } from '../store-option.js';
import { terminalSafe } from '../terminal-safe.js';

/** Options of `sitrep ingest`, as commander parses them. */
interface IngestCliOptions {
  readonly db?: string;
  readonly include?: string[];
  readonly exclude?: string[];
  readonly workers: number;
  readonly maxBytes: number;
  readonly timeout: number;
  readonly json?: boolean;
}

/** Registers `sitrep ingest`: files, folders, feeds, JSONL, URLs and stdin into the store. */
export function registerIngest(program: Command): void {
  withDbOption(program.command('ingest'))
    .description('store and analyse articles: text/Markdown, HTML, RSS/Atom, JSONL, folders, URLs, - for stdin')
    .argument('<sources...>', 'files, folders, http(s) URLs (fetched only when named), or - for stdin')
    .option('--include <glob>', 'in folders, only files matching (repeatable)', collect)
    .option('--exclude <glob>', 'in folders, skip files and folders matching (repeatable)', collect)
    .option('--workers <n>', 'analysis threads (0: analyse on the main thread)', count, defaultWorkers())
    .option('--max-bytes <n>', 'largest article, page, feed or JSONL line accepted, in bytes', count, DEFAULT_MAX_BYTES)
    .option('--timeout <ms>', 'time limit of a URL fetch, in milliseconds', count, 30_000)
    .option('--json', 'print the summary as JSON')
    .action(async (sources: string[], options: IngestCliOptions) => {
      // The store's own files are never ingested, even when the store sits in the folder being read.
      const db = resolve(storePath(options.db));
      const filters = {
        ...(options.include && { include: options.include }),
        ...(options.exclude && { exclude: options.exclude }),
        ignore: ['', '-wal', '-shm', '-journal'].map((suffix) => db + suffix),
      };
      // Loaded here, not at start-up: the readers and the analysis pool are the CLI's heaviest modules.
      const { ingest } = await import('../../app/ingest.js');
      process.exitCode = await usingStore(options.db, async (store) => {
        const bar = new ProgressLine(process.stderr.isTTY === true ? await sourceBytes(sources, filters) : undefined);
        const summary = await ingest(store, sources, {
          workers: options.workers,
          maxBytes: options.maxBytes,
          timeoutMs: options.timeout,
          ...filters,
          onProgress: (p) => bar.update(p),
        });
        bar.finish();
        for (const r of summary.rejected) process.stderr.write(`sitrep: skipped ${terminalSafe(r.reason)}\n`);
        const { rejected, ...counts } = summary;
        process.stdout.write(options.json ? formatJson({ ...counts, rejected }, false) + '\n' : describe(counts) + '\n');
        return rejected.length > 0 ? 1 : 0;
      });
    });
}

/** A whole number option (0 allowed). */
function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new SitrepError('E_USAGE', { detail: `expected a whole number, not "${value}"` });
  return n;
}

/** The one-line summary. */
function describe(c: Omit<import('../../app/ingest.js').IngestSummary, 'rejected'>): string {
  return `ingest: ${c.added} added, ${c.versions} new versions, ${c.duplicates} near-duplicates linked, ${c.unchanged} unchanged, ${c.skipped} skipped (run ${c.runId})`;
}

/** How often the line is redrawn, in milliseconds. */
const REDRAW_MS = 250;

/** The progress line on stderr, drawn only on a terminal: documents, rate, share of the input read and ETA. */
class ProgressLine {
  private readonly enabled = process.stderr.isTTY === true;
  private readonly started = performance.now();
  private last = 0;

  /** `totalBytes`: the size of the input when known in advance, for the share done and the ETA. */
  constructor(private readonly totalBytes?: number) {}

  /** Redraws at most every 250 ms. */
  update(p: IngestProgress): void {
    const now = performance.now();
    if (!this.enabled || now - this.last < REDRAW_MS) return;
    this.last = now;
    const c = p.counts;
    const done = c.added + c.versions + c.duplicates;
    const rate = done / Math.max((now - this.started) / 1000, 1e-3);
    let line = `${done} documents stored, ${c.unchanged} unchanged, ${c.skipped} skipped, ${rate.toFixed(1)}/s`;
    if (this.totalBytes && p.bytes > 0) {
      const share = Math.min(1, p.bytes / this.totalBytes);
      const eta = ((now - this.started) / 1000) * (1 - share) / share;
      line += `, ${(share * 100).toFixed(0)}% ETA ${Math.ceil(eta)}s`;
    } else line += `, ${(p.bytes / 1e6).toFixed(1)} MB read`;
    process.stderr.write(`\r\x1b[K${line}`);
  }

  /** Clears the line. */
  finish(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
