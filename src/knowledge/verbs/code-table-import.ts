/**
 * Builds the CAMEO code table the events stage reads (`data/verbs/cameo-codes.tsv`) from the
 * published CAMEO lookup tables (names, Goldstein scores) and the CAMEO→PLOVER mapping. Run at
 * build time by `node --import tsx scripts/build-verb-data.ts`, never per document.
 */

/** One row of the code table. */
export interface CodeRow {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quad: number;
  readonly plover: string;
  readonly mode: string;
  readonly context: readonly string[];
}

/** PLOVER contexts by their spelling in the mapping table, where it differs from a plain title-casing. */
const CONTEXT_ALIASES: Readonly<Record<string, string>> = {
  democracy: 'Pro-democracy',
  pro_autocracy: 'Pro-autocracy',
  cbrn: 'CBRN',
  humanitarian: 'Human Security',
};

/** The GDELT QuadClass of a CAMEO root: 1 verbal cooperation … 4 material conflict. */
export function quadOf(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/**
 * The PLOVER category of CAMEO codes the 2021 mapping leaves out: APPEAL (02) is coded as REQUEST
 * (PLOVER's REQUEST covers "requests, demands, and orders"), INVESTIGATE (09) as ACCUSE, the
 * unconventional mass violence family (20) as ASSAULT. Statements (01) have no PLOVER category.
 */
const ROOT_FALLBACK: Readonly<Record<string, [string, string]>> = {
  '02': ['REQUEST', ''],
  '09': ['ACCUSE', 'investigate'],
  '20': ['ASSAULT', 'unconventional'],
};

/** Parses the tab-separated CAMEO names file, repairing its two known broken rows (`1056` swallows `106`; `044` is garbled). */
function readNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split('\n').slice(1)) {
    const [code, name] = line.split('\t');
    if (!code || !name || !/^\d{2,4}$/.test(code) || code.length < 2) continue;
    const swallowed = /^(.*?)(\d{3}):\[[^\]]*\]\s*(.*)$/.exec(name);
    if (swallowed) {
      names.set(code, swallowed[1]!.trim());
      names.set(swallowed[2]!, swallowed[3]!.trim());
    } else names.set(code, name.trim());
  }
  names.set('044', 'Meet at a third location');
  return names;
}

/** Parses `CODE<TAB>SCORE` lines. */
function readScores(text: string): Map<string, number> {
  const scores = new Map<string, number>();
  for (const line of text.split('\n').slice(1)) {
    const [code, score] = line.trim().split('\t');
    if (code && score && /^\d{2,4}$/.test(code)) scores.set(code, Number(score));
  }
  return scores;
}

/** Parses `CODE: CATEGORY, mode, context; context # comment` lines of the CAMEO→PLOVER table. */
function readPloverMap(text: string, contexts: readonly string[]): Map<string, [string, string, string[]]> {
  const byKey = new Map(contexts.map((c) => [c.toLowerCase().replace(/[^a-z]/g, ''), c]));
  const map = new Map<string, [string, string, string[]]>();
  for (const line of text.split('\n')) {
    const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)/.exec(line);
    if (!m) continue;
    const context = m[4]!
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== '')
      .map((c) => CONTEXT_ALIASES[c] ?? byKey.get(c.replace(/[^a-z]/g, '')))
      .filter((c): c is string => c !== undefined);
    if (!map.has(m[1]!)) map.set(m[1]!, [m[2]!, m[3]!.trim(), context]);
  }
  return map;
}

/**
 * Codes whose category and mode the PLOVER manual gives differently from the 2021 mapping file; the
 * manual's definitions win. Its CONCEDE covers "removing curfews" and easing restrictions (its YIELD
 * 081–083 row), where the file sends the curfew and state-of-emergency sub-codes of 081 to RETREAT;
 * its SANCTION says "international (political or economic) sanctions are coded as `discontinue'"
 * (REDUCE RELATIONS, 16), where the file sends CAMEO 163 (impose sanctions) to COERCE. Eased
 * economic sanctions (085) are CONCEDE too: the file's RETREAT mode "ease" is in none of the manual's
 * RETREAT modes (withdraw, release, disarm, ceasefire, access, resign), and its CONCEDE is "easing of
 * administrative or legal restrictions on persons and organizations", verbal "even though sometimes
 * they have material consequences".
 */
const MANUAL_CATEGORY: Readonly<Record<string, readonly [string, string]>> = { '0813': ['CONCEDE', ''], '0814': ['CONCEDE', ''], '085': ['CONCEDE', ''], '163': ['SANCTION', 'discontinue'] };

/** The code table rows, every 3- and 4-digit CAMEO code with its name, score, quad and PLOVER coding. */
export function buildCodeTable(namesText: string, scoresText: string, ploverMapText: string, contexts: readonly string[]): CodeRow[] {
  const names = readNames(namesText);
  const scores = readScores(scoresText);
  const plover = readPloverMap(ploverMapText, contexts);
  const rows: CodeRow[] = [];
  for (const [code, name] of names) {
    if (code.length < 3) continue;
    const parent = code.slice(0, 3);
    const mapped = plover.get(code) ?? plover.get(parent);
    const fallback = ROOT_FALLBACK[code.slice(0, 2)];
    const [mappedCategory, mappedMode, context] = mapped ?? (fallback ? [fallback[0], fallback[1], []] : ['', '', []]);
    const [category, mode] = MANUAL_CATEGORY[code] ?? [mappedCategory, mappedMode];
    const goldstein = scores.get(code) ?? scores.get(parent) ?? scores.get(code.slice(0, 2)) ?? 0;
    rows.push({ code, name, goldstein, quad: quadOf(code), plover: category, mode, context });
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The rows as the TSV file the loader reads. */
export function formatCodeTable(rows: readonly CodeRow[]): string {
  const header = '# CAMEO event codes: code, name, Goldstein score, QuadClass, PLOVER category, mode, contexts (";"-separated)\n'
    + '# Built by `node --import tsx scripts/build-verb-data.ts` from the CAMEO lookup tables and the CAMEO-to-PLOVER code mapping.\n';
  return header + rows.map((r) => [r.code, r.name, r.goldstein, r.quad, r.plover, r.mode, r.context.join(';')].join('\t')).join('\n') + '\n';
}
