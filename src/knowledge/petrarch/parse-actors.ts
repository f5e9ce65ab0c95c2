/**
 * A parser for PETRARCH/TABARI actor dictionaries (format: `dictionaries.rst` of PETRARCH):
 * a primary phrase, `+` synonym lines, and tab-indented `[CODE date-restriction]` lines. Pure:
 * text in, entries out, so the KB build script, `sitrep kb import-petrarch` and the events
 * evaluation all read dictionaries the same way.
 */

/** One dated code of an actor: `from`/`to` are ISO dates (inclusive), absent when open. */
export interface ActorCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/** One actor record of a dictionary: its phrases (words, upper-case as written) and codes. */
export interface ActorDictionaryEntry {
  /** The primary phrase's words, e.g. ["VLADIMIR", "PUTIN"]. */
  readonly phrase: readonly string[];
  /** Synonym phrases, as word lists. */
  readonly synonyms: readonly (readonly string[])[];
  /** Codes in the order written; a code without dates is the default. */
  readonly codes: readonly ActorCode[];
  /** 1-based line of the primary phrase. */
  readonly line: number;
  /** The comment after the primary phrase, if any (e.g. "CountryInfo.txt"). */
  readonly comment?: string;
}

/** A problem found while parsing a dictionary line. */
export interface ActorDictionaryProblem {
  readonly line: number;
  readonly detail: string;
}

const CODE_GROUP = /\[([^\]]*)\]/g;
const DATE6 = /^\d{6}$/;
const DATE8 = /^\d{8}$/;

/** Turns `YYMMDD` or `YYYYMMDD` into `YYYY-MM-DD`; two-digit years up to 30 are 20xx (the dictionaries date from 2014). */
export function petrarchDate(raw: string): string | undefined {
  if (DATE8.test(raw)) return `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
  if (!DATE6.test(raw)) return undefined;
  const yy = Number(raw.slice(0, 2));
  return `${yy <= 30 ? 2000 + yy : 1900 + yy}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
}

/** Parses `CODE`, `CODE >date`, `CODE <date`, `CODE date-date`; undefined when the restriction is malformed. */
export function parseActorCode(group: string): ActorCode | undefined {
  const [code, restriction, ...rest] = group.trim().replace(/([<>])\s+/, '$1').replace(/\s*-\s*/, '-').split(/\s+/);
  if (!code || rest.length > 0) return undefined;
  if (restriction === undefined) return { code: code.toUpperCase() };
  const upper = code.toUpperCase();
  if (restriction.startsWith('>')) {
    const from = petrarchDate(restriction.slice(1));
    return from ? { code: upper, from } : undefined;
  }
  if (restriction.startsWith('<')) {
    const to = petrarchDate(restriction.slice(1));
    return to ? { code: upper, to } : undefined;
  }
  const [a, b] = restriction.split('-');
  const from = a ? petrarchDate(a) : undefined;
  const to = b ? petrarchDate(b) : undefined;
  return from && to ? { code: upper, from, to } : undefined;
}

/** Splits a phrase string (words joined by `_` or blanks, trailing `_` = no plural) into words. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/[_\s]+/).filter((w) => w !== '');
}

interface Draft {
  phrase: string[];
  synonyms: string[][];
  codes: ActorCode[];
  line: number;
  comment?: string;
}

/**
 * Parses the text of an actor dictionary into entries. `#` and `;` start comments, `<!-- … -->`
 * blocks are skipped, blank lines are ignored. Malformed code groups are reported, not thrown,
 * so a caller decides whether they are fatal.
 */
export function parseActorDictionary(text: string): { entries: ActorDictionaryEntry[]; problems: ActorDictionaryProblem[] } {
  const entries: ActorDictionaryEntry[] = [];
  const problems: ActorDictionaryProblem[] = [];
  let draft: Draft | undefined;
  let inBlockComment = false;
  /** 0-based line of the last phrase or synonym read, to tell a run of lines from separate records. */
  let lastLine = -2;
  const flush = (): void => {
    if (draft) entries.push(draft);
    draft = undefined;
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let raw = lines[i]!;
    if (inBlockComment) {
      const close = raw.indexOf('-->');
      if (close < 0) continue;
      inBlockComment = false;
      raw = raw.slice(close + 3);
    }
    const open = raw.indexOf('<!--');
    if (open >= 0) {
      const close = raw.indexOf('-->', open);
      if (close < 0) inBlockComment = true;
      raw = raw.slice(0, open) + (close < 0 ? '' : raw.slice(close + 3));
    }
    const hash = raw.search(/[#;]/);
    const comment = hash >= 0 ? raw.slice(hash + 1).replace(/^[#;\s]+/, '').trim() : '';
    const body = hash >= 0 ? raw.slice(0, hash) : raw;
    if (body.trim() === '') continue;
    const codes: ActorCode[] = [];
    for (const match of body.matchAll(CODE_GROUP)) {
      const code = parseActorCode(match[1]!);
      if (code) codes.push(code);
      else problems.push({ line: i + 1, detail: `bad code "[${match[1]}]"` });
    }
    const phrase = phraseWords(body.replace(CODE_GROUP, ' ').replace(/^\s*\+/, ''));
    const isRestriction = /^\s/.test(body) && phrase.length === 0;
    if (isRestriction) {
      if (draft) draft.codes.push(...codes);
      else problems.push({ line: i + 1, detail: 'date restriction before any actor' });
      continue;
    }
    if (phrase.length === 0) continue;
    // A run of primary phrases before one code block shares it (Phoenix lists "BORIS_YELTSIN_",
    // "YELTSIN", "PRESIDENT_YELTSIN" … on lines of their own, then the dates): while the record
    // has no code yet, a code-less primary phrase on the very next line is one more name of it.
    const joinsRun = draft !== undefined && draft.codes.length === 0 && codes.length === 0 && lastLine === i - 1;
    lastLine = i;
    if (/^\s*\+/.test(body) || joinsRun) {
      if (draft) {
        draft.synonyms.push(phrase);
        draft.codes.push(...codes);
      } else problems.push({ line: i + 1, detail: 'synonym before any actor' });
      continue;
    }
    flush();
    draft = { phrase, synonyms: [], codes, line: i + 1, ...(comment !== '' && { comment }) };
  }
  flush();
  return { entries, problems };
}
