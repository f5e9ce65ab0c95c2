import { readFileSync } from 'node:fs';
import { SitrepError } from '../../core/errors.js';
import { stemOf } from './stem.js';

/** How a reporting verb takes what is claimed: a clause only, a clause or an object, "X as Y", a reporting noun, or an object with a quotation. */
export type CueFrame = 'clause' | 'any' | 'as' | 'noun' | 'quote';

/** A reporting verb of `data/claims/cue-verbs.tsv`. */
export interface VerbCue {
  readonly lemma: string;
  readonly stance: string;
  readonly frame: CueFrame;
  /** The words a phrasal cue needs after the verb ("out" of "ruled out", "on record" of "went on record"), or undefined. */
  readonly particle?: readonly string[];
}

/** The cue lexicons of the claims stage, keyed by lemma. */
export interface ClaimsLexicon {
  readonly verbs: ReadonlyMap<string, VerbCue>;
  /** Adjectives of belief that report after "be" ("is confident that …"), as clause cues. */
  readonly adjectives: ReadonlyMap<string, VerbCue>;
  /** Reporting nouns, lemma → stance. */
  readonly nouns: ReadonlyMap<string, string>;
  /** Head nouns that can be a speaker ("officials", "imagery"). */
  readonly speakers: ReadonlySet<string>;
  /** Word stem (`stemOf`) → group number of `related-words.txt`. */
  readonly related: ReadonlyMap<string, number>;
}

const DATA = new URL('../../../data/claims/', import.meta.url);
const FRAMES = new Set<string>(['clause', 'any', 'as', 'noun', 'quote']);

let lexicon: ClaimsLexicon | undefined;

/** The claims lexicons, read from `data/claims/` once per process. */
export function claimsLexicon(): ClaimsLexicon {
  lexicon ??= {
    verbs: new Map(rows('cue-verbs.tsv', 4).map(([lemma, stance, frame, particle], line) => {
      if (!FRAMES.has(frame!)) throw new SitrepError('E_KNOWLEDGE_INVALID', { file: 'cue-verbs.tsv', line, detail: `unknown frame "${frame}"` });
      const cue: VerbCue = { lemma: lemma!, stance: stance!, frame: frame as CueFrame, ...(particle !== '-' && { particle: particle!.split(' ') }) };
      return [lemma!, cue];
    })),
    adjectives: new Map(rows('cue-adjectives.tsv', 2).map(([lemma, stance]) => [lemma!, { lemma: lemma!, stance: stance!, frame: 'clause' } as VerbCue])),
    nouns: new Map(rows('cue-nouns.tsv', 2).map(([lemma, stance]) => [lemma!, stance!])),
    speakers: new Set(rows('speaker-nouns.txt', 1).map(([lemma]) => lemma!.toLowerCase())),
    related: new Map(rows('related-words.txt', 1).flatMap(([line], group) => line!.split(' ').map((word) => [stemOf(word), group] as [string, number]))),
  };
  return lexicon;
}

/** The tab-separated rows of a data file, comments and blank lines skipped; each must have `width` fields. */
function rows(file: string, width: number): string[][] {
  const out: string[][] = [];
  readFileSync(new URL(file, DATA), 'utf8').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split('\t');
    if (fields.length !== width) throw new SitrepError('E_KNOWLEDGE_INVALID', { file, line: index + 1, detail: `expected ${width} fields` });
    out.push(fields);
  });
  return out;
}
