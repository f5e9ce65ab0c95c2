/**
 * A parser for PETRARCH/TABARI agent dictionaries: `PHRASE {PLURALS} [~CODE]` lines, with
 * `!NAME! = A, B` substitution sets expanded into one entry per alternative.
 */

/** One agent phrase: its words, explicit plurals (`[]` = none, absent = regular), and code. */
export interface AgentDictionaryEntry {
  readonly phrase: readonly string[];
  readonly plurals?: readonly (readonly string[])[];
  /** The code without its `~`. */
  readonly code: string;
  /** True for `~CODE` (appended after the actor code), false for `CODE~` (put before it). */
  readonly suffix: boolean;
  readonly line: number;
}

const SUBSTITUTION = /^\s*!(\w+)!\s*=\s*(.+)$/;
const ENTRY = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/;

/** Parses agent dictionary text into entries; lines it cannot read are reported by line number. */
export function parseAgentDictionary(text: string): { entries: AgentDictionaryEntry[]; problems: { line: number; detail: string }[] } {
  const entries: AgentDictionaryEntry[] = [];
  const problems: { line: number; detail: string }[] = [];
  const sets = new Map<string, string[]>();
  let inBlockComment = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (inBlockComment) {
      if (!line.includes('-->')) continue;
      inBlockComment = false;
      line = line.slice(line.indexOf('-->') + 3);
    }
    if (line.includes('<!--')) {
      inBlockComment = !line.includes('-->');
      line = line.slice(0, line.indexOf('<!--'));
    }
    line = line.replace(/#.*$/, '');
    if (line.trim() === '') continue;
    const sub = SUBSTITUTION.exec(line);
    if (sub) {
      sets.set(sub[1]!, sub[2]!.split(',').map((w) => w.trim()).filter((w) => w !== ''));
      continue;
    }
    const match = ENTRY.exec(line.trim());
    if (!match) {
      problems.push({ line: i + 1, detail: `cannot read "${line.trim()}"` });
      continue;
    }
    const rawCode = match[3]!.trim();
    const suffix = rawCode.startsWith('~');
    const code = rawCode.replace(/~/g, '');
    const plurals = match[2] === undefined ? undefined : match[2].split(/\s+/).filter((w) => w !== '').map((p) => p.split('_').filter((w) => w !== ''));
    for (const phrase of expand(match[1]!.trim(), sets)) {
      const words = phrase.split(/[_\s]+/).filter((w) => w !== '');
      entries.push({ phrase: words, ...(plurals !== undefined && { plurals }), code, suffix, line: i + 1 });
    }
  }
  return { entries, problems };
}

/** Expands `!NAME!` markers with every alternative of their set. */
function expand(phrase: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  const marker = /!(\w+)!/.exec(phrase);
  if (!marker) return [phrase];
  const options = sets.get(marker[1]!) ?? [];
  return options.flatMap((option) => expand(phrase.replace(marker[0], option), sets));
}
