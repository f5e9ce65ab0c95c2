import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { SitrepError } from '../core/errors.js';
import type { KbEntry } from './kb-entry.js';
import { asEntry, entryProblem } from './validate-entry.js';

/** The folder of the user's own KB files: `$SITREP_KB_DIR`, else `~/.config/sitrep/kb`. */
export function userKbDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SITREP_KB_DIR && env.SITREP_KB_DIR.trim() !== '' ? env.SITREP_KB_DIR : join(homedir(), '.config', 'sitrep', 'kb');
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Parses one user KB file: `.jsonl` (one entry per line) or `.json` (an array of entries).
 * Broken JSON, bad entries and duplicate ids throw `E_KNOWLEDGE_INVALID` naming the file and line.
 */
export function parseUserKbFile(path: string, text: string, countries: ReadonlySet<string>, seen: Map<string, string> = new Map()): KbEntry[] {
  const fail = (line: number, detail: string): never => {
    throw new SitrepError('E_KNOWLEDGE_INVALID', { file: path, line, detail });
  };
  const items: { value: unknown; line: number }[] = [];
  if (path.endsWith('.jsonl')) {
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() === '' || raw.trimStart().startsWith('//')) return;
      try {
        items.push({ value: JSON.parse(raw), line: i + 1 });
      } catch (error) {
        fail(i + 1, `not valid JSON (${(error as Error).message})`);
      }
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      fail(at ? lineAt(text, Number(at[1])) : 1, `not valid JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed)) fail(1, 'a .json KB file holds an array of entries');
    for (const value of parsed as unknown[]) {
      const id = (value as { id?: unknown } | null)?.id;
      const offset = typeof id === 'string' ? text.indexOf(JSON.stringify(id)) : -1;
      items.push({ value, line: offset >= 0 ? lineAt(text, offset) : 1 });
    }
  }
  const entries: KbEntry[] = [];
  let known = countries;
  for (const { value, line } of items) {
    // A `{"$codes": [...]}` item declares the file's own country codes (imported dictionaries with fictional countries).
    const declared = (value as { $codes?: unknown } | null)?.$codes;
    if (Array.isArray(declared)) {
      known = new Set([...known, ...declared.map(String)]);
      continue;
    }
    const problem = entryProblem(value, known);
    if (problem) fail(line, problem);
    const entry = asEntry(value);
    const where = `${path}:${line}`;
    const earlier = seen.get(entry.id);
    if (earlier) fail(line, `duplicate id "${entry.id}" (first at ${earlier})`);
    seen.set(entry.id, where);
    entries.push(entry);
  }
  return entries;
}

/** Reads every `.json`/`.jsonl` file of the user KB folder, in name order; none when the folder does not exist. */
export function readUserKb(dir: string, countries: ReadonlySet<string>): KbEntry[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const seen = new Map<string, string>();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => parseUserKbFile(join(dir, name), readFileSync(join(dir, name), 'utf8'), countries, seen));
}

/**
 * Appends entries to a `.jsonl` file of the user KB folder (created when missing), after checking
 * them and their ids against everything the folder already holds.
 */
export function appendUserEntries(dir: string, file: string, entries: readonly unknown[], countries: ReadonlySet<string>): string {
  const existing = readUserKb(dir, countries);
  const ids = new Set(existing.map((e) => e.id));
  const path = join(dir, file);
  entries.forEach((value, i) => {
    if (Array.isArray((value as { $codes?: unknown } | null)?.$codes)) return;
    const problem = entryProblem(value, countries);
    if (problem) throw new SitrepError('E_KNOWLEDGE_INVALID', { file: path, line: i + 1, detail: problem });
    const id = asEntry(value).id;
    if (ids.has(id)) throw new SitrepError('E_KNOWLEDGE_INVALID', { file: path, line: i + 1, detail: `duplicate id "${id}" (already in ${dir})` });
    ids.add(id);
  });
  mkdirSync(dir, { recursive: true });
  appendFileSync(path, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
  return path;
}
