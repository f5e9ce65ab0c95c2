import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { SitrepError } from '../../core/errors.js';
import type { KbEntry, KbRole } from '../../knowledge/kb-entry.js';
import { readKnowledgeBase } from '../../knowledge/load-kb.js';
import { parseActorDictionary } from '../../knowledge/petrarch/parse-actors.js';
import { phoenixToEntries } from '../../knowledge/petrarch/to-entries.js';
import { appendUserEntries, userKbDir } from '../../knowledge/user-files.js';
import { reportError } from '../report-error.js';
import { terminalSafe } from '../terminal-safe.js';
import { slug } from '../../knowledge/slug.js';

/** Options of `sitrep kb add`. */
interface AddOptions {
  readonly id?: string;
  readonly type: string;
  readonly name: string;
  readonly alias: string[];
  readonly country?: string;
  readonly actor?: string;
  readonly role: string[];
  readonly gender?: string;
  readonly dir?: string;
}

const collect = (value: string, list: string[]): string[] => [...list, value];

/** Reads `ACTOR[@FROM..TO][:title]`, e.g. `USAGOV@2025-01-20..:president`. */
function parseRole(text: string): KbRole {
  const match = /^([A-Z0-9]+)(?:@(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?(?::(.+))?$/.exec(text);
  if (!match) throw new SitrepError('E_USAGE', { detail: `--role "${text}": expected ACTOR[@FROM..TO][:title], e.g. USAGOV@2025-01-20..:president` });
  return { actor: match[1]!, ...(match[2] && { from: match[2] }), ...(match[3] && { to: match[3] }), ...(match[4] && { title: match[4] }) };
}

/** Registers `sitrep kb add | import-petrarch | check`: the user's own knowledge-base entries. */
export function registerKb(program: Command): void {
  const kb = program.command('kb').description(`manage your own knowledge-base entries (folder: $SITREP_KB_DIR or ~/.config/sitrep/kb; format: data/kb/README.md)`);
  kb.command('add')
    .description('add one entry (person, organisation, place …) to your KB folder')
    .requiredOption('--name <name>', 'canonical name')
    .option('--type <type>', 'PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, WORK or OTHER', 'PERSON')
    .option('--id <id>', 'unique id (default: type:slug-of-name)')
    .option('--alias <name>', 'another name used in text (repeatable)', collect, [])
    .option('--country <code>', 'ISO 3166-1 alpha-3 code, or an IGO code such as NATO')
    .option('--actor <code>', 'CAMEO actor code, e.g. RUSGOV')
    .option('--role <role>', 'dated role ACTOR[@FROM..TO][:title] (repeatable)', collect, [])
    .option('--gender <m|f>', 'so pronouns only join a person they fit')
    .option('--dir <folder>', 'KB folder (default: $SITREP_KB_DIR or ~/.config/sitrep/kb)')
    .action((options: AddOptions) => {
      process.exitCode = guard(() => {
        const type = options.type.toUpperCase();
        const entry: Record<string, unknown> = { id: options.id ?? `${type === 'PERSON' ? 'person' : type.toLowerCase()}:${slug(options.name)}`, type, name: options.name };
        if (options.alias.length > 0) entry.aliases = options.alias;
        if (options.country) entry.country = options.country.toUpperCase();
        if (options.actor) entry.actor = options.actor.toUpperCase();
        if (options.role.length > 0) entry.roles = options.role.map(parseRole);
        if (options.gender) entry.gender = options.gender;
        const dir = options.dir ?? userKbDir();
        const path = appendUserEntries(dir, 'entries.jsonl', [entry], readKnowledgeBase({ userDir: null }).countries);
        process.stdout.write(`added ${String(entry.id)} to ${path}\n`);
      });
    });
  kb.command('import-petrarch')
    .description('convert a PETRARCH/TABARI actor dictionary into your KB folder')
    .argument('<file>', 'actor dictionary (.txt)')
    .option('--dir <folder>', 'KB folder (default: $SITREP_KB_DIR or ~/.config/sitrep/kb)')
    .action((file: string, options: { dir?: string }) => {
      process.exitCode = guard(() => {
        const countries = readKnowledgeBase({ userDir: null }).countries;
        const { entries: parsed, problems } = parseActorDictionary(readFileSync(file, 'utf8'));
        for (const p of problems) process.stderr.write(terminalSafe(`${file}:${p.line}: skipped: ${p.detail}`) + '\n');
        const entries: KbEntry[] = phoenixToEntries(parsed, { countryCodes: countries, keepCountries: true }).map((e) => ({ ...e, id: `${basename(file).replace(/\W+/g, '-')}:${e.id}` }));
        const own = [...new Set(codesOf(entries))].filter((c) => !countries.has(c)).sort();
        const path = appendUserEntries(options.dir ?? userKbDir(), `${basename(file).replace(/\.[^.]+$/, '')}.jsonl`, [{ $codes: own }, ...entries], new Set([...countries, ...own]));
        process.stdout.write(`imported ${entries.length} entries from ${file} into ${path}\n`);
      });
    });
  kb.command('check')
    .description('load the shipped KB and your files; report counts or the first error (file and line)')
    .option('--dir <folder>', 'KB folder (default: $SITREP_KB_DIR or ~/.config/sitrep/kb)')
    .action((options: { dir?: string }) => {
      process.exitCode = guard(() => {
        const t0 = performance.now();
        const loaded = readKnowledgeBase({ userDir: options.dir ?? userKbDir() });
        const byType = new Map<string, number>();
        for (const e of loaded.entries.values()) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
        const counts = [...byType.entries()].sort().map(([t, n]) => `${t} ${n}`).join(', ');
        process.stdout.write(`ok: ${loaded.entries.size} entries (${counts}) in ${(performance.now() - t0).toFixed(0)} ms; user folder ${options.dir ?? userKbDir()}\n`);
      });
    });
}

/** The three-letter heads of the codes a dictionary uses: it defines its own code space (the PETRARCH test dictionaries use fictional countries). */
function codesOf(entries: readonly KbEntry[]): string[] {
  return entries.flatMap((e) => [e.actor, ...(e.roles ?? []).map((r) => r.actor)]).filter((c): c is string => c !== undefined).map((c) => c.slice(0, 3));
}

/** Runs a command body, turning errors into a message and an exit code. */
function guard(body: () => void): number {
  try {
    body();
    return 0;
  } catch (error) {
    return reportError(error, process.argv.includes('--debug'));
  }
}
