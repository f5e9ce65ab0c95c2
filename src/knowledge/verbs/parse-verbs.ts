import { SitrepError } from '../../core/errors.js';
import { lazyBlock, type BlockPatterns } from './lazy-block.js';
import type { PatternElement, Trigger, TriggerEntry, VerbBlock, VerbDictionary, VerbPattern } from './types.js';

/**
 * Parses a Sitrep verb-pattern file (format in `data/verbs/README.md`):
 *
 *   &NAME word, two words, &OTHER          a synonym set
 *   @verb attack, bomb[195], rule_out [190] plover=… mode=… context=A;B recip swap
 *   @noun phone_+call [041] mode=phone
 *   - &AIRCRAFT * [195] mode=aerial        a pattern of the last block: words before * and after *
 *
 * Every line is checked here: throws E_KNOWLEDGE_INVALID with the file and line of the first
 * malformed one. A block's patterns are made from their checked lines when first read (`lazyBlock`).
 */
export function parseVerbPatterns(text: string, file: string): VerbBlock[] {
  // The synonym sets a line can name are the sets defined above it: each definition makes a new
  // scope, and a pattern line keeps the scope it was read in, since its words are expanded later.
  let scope: ReadonlyMap<string, string[][]> = new Map();
  const blocks: { kind: 'verb' | 'noun'; triggers: Trigger[]; lines: PatternLine[] }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = stripComment(lines[i]!);
    if (line === '') continue;
    const origin = `${file}:${i + 1}`;
    const fail = (detail: string): never => {
      throw new SitrepError('E_KNOWLEDGE_INVALID', { file, line: i + 1, detail });
    };
    if (line.startsWith('&')) {
      const m = /^&(\S+)\s+(.*)$/.exec(line) ?? fail('a synonym set needs a name and members');
      const members = m![2]!.split(',').flatMap((member) => expandWords(member.trim(), scope)).filter((w) => w.length > 0);
      scope = new Map(scope).set(m![1]!.toUpperCase(), members);
    } else if (line.startsWith('@verb ') || line.startsWith('@noun ')) {
      const m = /^@(verb|noun)\s+(.*?)(?:\s+\[([^\]]*)\])?((?:\s+\S+=\S+|\s+recip|\s+swap)*)\s*$/.exec(line) ?? fail('a block line is "@verb|@noun triggers [CODE] options"');
      const options = parseOptions(m![4]!);
      const blockCode = normaliseCode(m![3]);
      const block = { code: blockCode, converse: converseCode(m![3]), swapped: options.swapped === true || swappedCode(m![3]) };
      const triggers = m![2]!.split(',').map((t) => t.trim()).filter((t) => t !== '').map((t) => parseTrigger(t, block, options, origin));
      blocks.push({ kind: m![1] as 'verb' | 'noun', triggers, lines: [] });
    } else if (line.startsWith('-')) {
      const block = blocks[blocks.length - 1] ?? fail('a pattern before any @verb or @noun block');
      const m = /^-\s*(.*?)\*(.*?)\[([^\]]*)\]((?:\s+\S+=\S+|\s+recip|\s+swap)*)\s*$/.exec(line) ?? fail('a pattern line is "- before * after [CODE] options"');
      block!.lines.push({ pre: m![1]!, post: m![2]!, code: m![3]!, options: m![4]!, origin, scope });
    } else fail(`cannot read "${line.slice(0, 40)}"`);
  }
  return blocks.map((b) => lazyBlock(b.kind, b.triggers, () => ({ patterns: b.lines.map(toPattern) })));
}

/** A pattern line as read: checked, its parts still text. */
interface PatternLine {
  readonly pre: string;
  readonly post: string;
  readonly code: string;
  readonly options: string;
  readonly origin: string;
  /** The synonym sets defined above the line. */
  readonly scope: ReadonlyMap<string, string[][]>;
}

/** The pattern of a line. */
function toPattern(line: PatternLine): VerbPattern {
  const options = parseOptions(line.options);
  const pre = parseElements(line.pre, line.scope);
  const post = parseElements(line.post, line.scope);
  return {
    pre, post, code: normaliseCode(line.code) ?? '---', reciprocal: options.reciprocal, origin: line.origin,
    specificity: pre.length + post.length,
    ...withConverse(converseCode(line.code)),
    ...((options.swapped || swappedCode(line.code)) && { swapped: true }),
    ...(options.plover !== undefined && { plover: options.plover }),
    ...(options.mode !== undefined && { mode: options.mode }),
    ...(options.context !== undefined && { context: options.context }),
  };
}

/** Indexes blocks from several files by trigger head; earlier files rank first (their patterns win ties). Patterns are sorted most specific first (stable, so file order breaks ties). */
export function buildDictionary(files: readonly (readonly VerbBlock[])[]): VerbDictionary {
  const byHead = new Map<string, TriggerEntry[]>();
  const blocks: VerbBlock[] = [];
  files.forEach((fileBlocks, rank) => {
    for (const unsorted of fileBlocks) {
      const block = lazyBlock(unsorted.kind, unsorted.triggers, () => anchor([...unsorted.patterns].sort((a, b) => b.specificity - a.specificity)));
      blocks.push(block);
      for (const trigger of block.triggers) {
        const list = byHead.get(trigger.head) ?? [];
        list.push({ trigger, block, rank });
        byHead.set(trigger.head, list);
      }
    }
  });
  return { byHead, blocks };
}

/**
 * Blocks with more patterns than this get an anchor index; below it, trying each pattern is cheaper.
 * At 4, a pass over the Kremlin texts tests 18,289 patterns' words against the sentence's instead of
 * the 68,672 of a threshold of 16 (the same 4,907 pass): the blocks of 5 to 16 patterns were most of them.
 */
const ANCHOR_THRESHOLD = 4;

/**
 * Patterns with, when there are many, the anchor index: each pattern under the first words of the
 * element whose words are the block's rarest (fewest of its patterns use them). Any element would
 * do, since a pattern matches only when a first word of each of its elements is in the sentence;
 * the rarest is the one a sentence most often lacks ("aid" rather than the "to" of "* aid to +"),
 * so fewer patterns are marked for a sentence to try.
 */
function anchor(patterns: readonly VerbPattern[]): BlockPatterns {
  if (patterns.length <= ANCHOR_THRESHOLD) return { patterns };
  const anchored = new Map<string, number[]>();
  const unanchored: number[] = [];
  const uses = wordUses(patterns);
  const weight = (element: PatternElement): number => {
    let sum = 0;
    for (const word of firstWords(element)) sum += uses.get(word)!;
    return sum;
  };
  patterns.forEach((p, i) => {
    const elements = [...p.pre, ...p.post];
    if (elements.length === 0) return unanchored.push(i);
    const rarest = elements.reduce((a, b) => (weight(b) < weight(a) ? b : a));
    for (const word of firstWords(rarest)) {
      const list = anchored.get(word) ?? [];
      list.push(i);
      anchored.set(word, list);
    }
  });
  return { patterns, anchored, unanchored };
}

/** The distinct first words of an element's alternatives: the words `allowedPatterns` looks for. */
function firstWords(element: PatternElement): Set<string> {
  return new Set(element.map((run) => run[0]!));
}

/** How many of the patterns use each word as the first word of an alternative. */
function wordUses(patterns: readonly VerbPattern[]): Map<string, number> {
  const uses = new Map<string, number>();
  for (const p of patterns) {
    const words = new Set<string>();
    for (const element of [...p.pre, ...p.post]) for (const word of firstWords(element)) words.add(word);
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return uses;
}

/** Options after a code: `plover=CATEGORY`, `mode=x`, `context=A;B_C` (underscores are spaces), `recip`, `swap`. */
interface Options {
  plover?: string;
  mode?: string;
  context?: string[];
  reciprocal: boolean;
  swapped?: boolean;
}

/** Reads the options part of a line. */
function parseOptions(text: string): Options {
  const options: Options = { reciprocal: false };
  for (const part of text.trim().split(/\s+/)) {
    if (part === 'recip') options.reciprocal = true;
    else if (part === 'swap') options.swapped = true;
    else if (part.startsWith('plover=')) options.plover = part.slice(7).toUpperCase();
    else if (part.startsWith('mode=')) options.mode = part.slice(5);
    else if (part.startsWith('context=')) options.context = part.slice(8).split(';').map((c) => c.replace(/_/g, ' '));
  }
  return options;
}

/** A trigger such as `attack`, `bomb[195]`, `rule_out` or `wire_+tap` (`+` marks the head; the first word otherwise). */
function parseTrigger(text: string, block: { code: string | null; converse: string | undefined; swapped: boolean }, options: Options, origin: string): Trigger {
  const m = /^([^[]+)(?:\[([^\]]*)\])?$/.exec(text);
  const words = (m?.[1] ?? text).toLowerCase().split('_').filter((w) => w !== '');
  let headAt = words.findIndex((w) => w.startsWith('+'));
  if (headAt < 0) headAt = 0;
  const clean = words.map((w) => w.replace(/^\+/, ''));
  const own = m?.[2] === undefined ? undefined : normaliseCode(m[2]);
  return {
    head: clean[headAt]!,
    before: clean.slice(0, headAt),
    after: clean.slice(headAt + 1),
    code: own === undefined ? block.code : own,
    reciprocal: options.reciprocal,
    origin,
    ...withConverse(m?.[2] === undefined ? block.converse : converseCode(m[2])),
    ...((m?.[2] === undefined ? block.swapped : swappedCode(m[2])) && { swapped: true }),
    ...(options.plover !== undefined && { plover: options.plover }),
    ...(options.mode !== undefined && { mode: options.mode }),
  };
}

/** The second code of a PETRARCH pair (`042:043`: the target's side of the act, hosting a visit), when both are given. */
function converseCode(raw: string | undefined): string | undefined {
  const parts = raw?.split(':').map((c) => c.trim());
  return parts?.length === 2 && parts[0] !== '' && parts[1] !== '' && parts[1] !== '---' ? parts[1] : undefined;
}

/** Is the code PETRARCH's target-side-only form (`[:173]`: the subject is the act's target, as in "appeared before court")? */
function swappedCode(raw: string | undefined): boolean {
  const parts = raw?.split(':').map((c) => c.trim());
  return parts?.length === 2 && parts[0] === '' && parts[1] !== '';
}

/** The `converse` field when there is a converse code. */
function withConverse(converse: string | undefined): { converse?: string } {
  return converse === undefined ? {} : { converse };
}

/** `---`, empty or absent is no code (null); `042:043` keeps the first code. */
function normaliseCode(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const code = raw.split(':').map((c) => c.trim()).find((c) => c !== '') ?? '';
  return code === '' || code === '---' ? null : code;
}

/** Pattern words in order: `with`, `&AIRCRAFT`, `prisoner_of_war` (consecutive words). */
function parseElements(text: string, sets: ReadonlyMap<string, string[][]>): PatternElement[] {
  return text.trim().split(/\s+/).filter((w) => w !== '').map((w) => expandWords(w, sets)).filter((e) => e.length > 0);
}

/** A member or pattern word as alternatives of word runs: `&SET` expands to its members, `a_b` is one run. */
function expandWords(text: string, sets: ReadonlyMap<string, string[][]>): string[][] {
  if (text.startsWith('&')) return sets.get(text.slice(1).toUpperCase()) ?? [];
  const run = text.toLowerCase().split(/[_\s]+/).filter((w) => w !== '');
  return run.length === 0 ? [] : [run];
}

/** A line without its `#` comment and surrounding blanks. */
function stripComment(line: string): string {
  const at = line.indexOf('#');
  return (at < 0 ? line : line.slice(0, at)).trim();
}
