import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { createAnalyzer } from '../../app/analyze.js';
import { analyzeJsonl } from '../../app/analyze-jsonl.js';
import { SitrepError } from '../../core/errors.js';
import type { AnalysisRecord } from '../../core/record.js';
import { EXPORT_FORMATS, exportHeader, exportRecord, type ExportFormat } from '../../export/index.js';
import { DEFAULT_MAX_BYTES, readArticleFile } from '../../ingest/read-article-file.js';
import { decodeText } from '../../ingest/decode-text.js';
import { isIsoDate, type ArticleInput } from '../../pipeline/article-input.js';
import { formatJson, LineWriter } from '../output.js';
import { Progress } from '../progress.js';
import { reportError } from '../report-error.js';

/** Options of `sitrep analyze`, as commander parses them. */
interface AnalyzeOptions {
  readonly published?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly json?: boolean;
  readonly pretty?: boolean;
  readonly jsonl?: boolean;
  readonly maxBytes: number;
  readonly debug?: boolean;
  readonly format?: string;
}

/** Registers `sitrep analyze`: files (or JSONL) in, analysis records out. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print one analysis record per article')
    .argument('[files...]', 'text or Markdown files (a sibling NAME.meta.json supplies published, url, source); - for stdin')
    .option('--published <date>', 'publication date (ISO-8601) that relative times resolve against')
    .option('--title <title>', 'article title')
    .option('--url <url>', 'article URL')
    .option('--source <name>', 'publisher or source name')
    .option('--jsonl', 'read one input object per line (stdin, or the files given) and write one record per line')
    .option('--json', 'one record per line (compact JSON)')
    .option('--pretty', 'indented JSON even when stdout is not a terminal')
    .option('--max-bytes <n>', 'largest article (or JSONL line) accepted, in bytes', parseSize, DEFAULT_MAX_BYTES)
    .option('--debug', 'print stack traces and stop at the first failing stage')
    .option('--format <format>', 'output: jsonl (analysis records), plover (PLOVER JSON, one event per line) or gdelt (GDELT-style event CSV)')
    .action(async (files: string[], options: AnalyzeOptions) => {
      process.exitCode = await runAnalyze(files, options);
    });
}

/** Parses `--max-bytes`. */
function parseSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new SitrepError('E_USAGE', { detail: `--max-bytes must be a positive whole number, not "${value}"` });
  return n;
}

/** Runs the command and returns its exit code: 0 when every input was analysed, 1 when one failed, 2 on usage errors. */
async function runAnalyze(files: string[], options: AnalyzeOptions): Promise<number> {
  if (options.published !== undefined && !isIsoDate(options.published)) {
    return reportError(new SitrepError('E_INPUT_DATE', { field: '--published', value: options.published }), false);
  }
  if (files.length === 0 && !options.jsonl) {
    return reportError(new SitrepError('E_USAGE', { detail: 'give one or more files, - for stdin, or --jsonl' }), false);
  }
  if (options.format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    return reportError(new SitrepError('E_USAGE', { detail: `--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${options.format}"` }), false);
  }
  const analyzer = createAnalyzer({ onStageError: options.debug ? 'raise' : 'diagnose' });
  const out = new LineWriter(process.stdout);
  for (const line of exportHeader(exportFormat(options))) await out.write(line);
  const pretty = options.pretty === true || (options.json !== true && options.jsonl !== true && process.stdout.isTTY === true);
  return options.jsonl ? runJsonl(files, options, analyzer, out) : runFiles(files, options, analyzer, out, pretty);
}

/** `--jsonl`: stream every input line through the analyzer, writing records in order. */
async function runJsonl(files: string[], options: AnalyzeOptions, analyzer: ReturnType<typeof createAnalyzer>, out: LineWriter): Promise<number> {
  const sources = files.length === 0 ? ['-'] : files;
  const progress = new Progress();
  let failed = false;
  for (const file of sources) {
    const isStdin = file === '-';
    if (!isStdin) {
      const problem = await checkReadable(file);
      if (problem) {
        failed = true;
        reportError(problem, options.debug === true);
        continue;
      }
    }
    const stream = isStdin ? process.stdin : createReadStream(file);
    const name = isStdin ? undefined : file;
    for await (const result of analyzeJsonl(stream, analyzer, { ...(name !== undefined && { name }), maxLineBytes: options.maxBytes })) {
      if ('error' in result) {
        failed = true;
        reportError(result.error, options.debug === true);
      }
      progress.tick(!('error' in result));
      if ('error' in result.record || exportFormat(options) === 'jsonl') await out.write(JSON.stringify(result.record));
      else for (const line of exportRecord(result.record as AnalysisRecord, exportFormat(options))) await out.write(line);
    }
  }
  progress.finish();
  return failed ? 1 : 0;
}

/** Files: read each article, analyse it, print its record; a bad file is reported and skipped. */
async function runFiles(
  files: string[],
  options: AnalyzeOptions,
  analyzer: ReturnType<typeof createAnalyzer>,
  out: LineWriter,
  pretty: boolean,
): Promise<number> {
  let failed = false;
  for (const file of files) {
    try {
      const input = file === '-' ? await readStdinArticle(options.maxBytes) : readArticleFile(file, options.maxBytes);
      const record = analyzer.analyze(withFlags(input, options));
      if (options.format === undefined || options.format === 'jsonl') await out.write(formatJson(record, pretty && options.format === undefined));
      else for (const line of exportRecord(record, exportFormat(options))) await out.write(line);
    } catch (error) {
      if (options.debug && !(error instanceof SitrepError)) throw error;
      failed = true;
      reportError(error, options.debug === true);
    }
  }
  return failed ? 1 : 0;
}

/** The export format asked for with `--format` (checked in runAnalyze); records as JSONL by default. */
function exportFormat(options: AnalyzeOptions): ExportFormat {
  return (options.format ?? 'jsonl') as ExportFormat;
}

/** The input with the command-line metadata flags laid over what the file or its meta.json said. */
function withFlags(input: ArticleInput, options: AnalyzeOptions): ArticleInput {
  return {
    ...input,
    ...(options.published !== undefined && { published: options.published }),
    ...(options.title !== undefined && { title: options.title }),
    ...(options.url !== undefined && { url: options.url }),
    ...(options.source !== undefined && { source: options.source }),
  };
}

/** One article read from stdin, bounded by `maxBytes`. */
async function readStdinArticle(maxBytes: number): Promise<ArticleInput> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new SitrepError('E_INPUT_TOO_LARGE', { path: 'stdin', size: `more than ${maxBytes}`, limit: maxBytes });
    chunks.push(chunk);
  }
  return { id: 'stdin', text: decodeText(Buffer.concat(chunks), 'stdin') };
}

/** Why a JSONL input file cannot be read, or undefined when it can. */
async function checkReadable(path: string): Promise<SitrepError | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return new SitrepError('E_INPUT_DIRECTORY', { path });
    return undefined;
  } catch {
    return new SitrepError('E_INPUT_MISSING', { path });
  }
}
