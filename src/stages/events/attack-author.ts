import type { Token } from '../../core/doc.js';
import type { ActorGroup } from './actors.js';
import type { TriggerMatch } from './match-triggers.js';

// Who carried out an attack that an aside set off by commas names: "The attack on the convoy,
// claimed by the Kurdistan Workers Party, killed seven soldiers", "The bombing, blamed on Tamil Tiger
// rebels, wounded 20", or who claimed the weapon of a relative clause: "Chechen rebels claimed
// responsibility for a bomb which killed 20 soldiers". Read by draft.ts for violence whose source no
// other rule found.

/** Participles that name an attack's author with "by" ("claimed by", "carried out by", "staged by"). */
const BY_AUTHOR = new Set(['claimed', 'staged', 'mounted', 'launched', 'perpetrated', 'carried', 'conducted', 'organised', 'organized']);
/** Participles that name it with "on" ("blamed on"). */
const ON_AUTHOR = new Set(['blamed']);
/** Words of a nominal's own phrase between it and the aside's comma ("attack on the army convoy"). */
const PHRASE_WORDS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** How far the aside's comma may stand after a nominal, and the author after the participle. */
const PHRASE_REACH = 6;
const AUTHOR_REACH = 4;

/** The author group of an aside opening at the comma `comma`, if it is one: ", claimed by X", ", carried out by X", ", blamed on X". */
function authorAt(tokens: readonly Token[], comma: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  const verb = tokens[comma + 1]?.normal ?? '';
  let prep = comma + 2;
  if (tokens[prep]?.normal === 'out') prep++;
  const word = tokens[prep]?.normal;
  if (!((BY_AUTHOR.has(verb) && word === 'by') || (ON_AUTHOR.has(verb) && word === 'on'))) return undefined;
  const g = groups.find((x) => x.start > prep && x.start <= prep + AUTHOR_REACH && !x.locative);
  if (!g) return undefined;
  for (let k = prep + 1; k < g.start; k++) if (tokens[k]!.pos !== 'DET' && tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NUM') return undefined;
  // The aside ends with the group and its head nouns ("blamed on Tamil Tiger rebels,"): a comma or the sentence's end.
  let end = g.end;
  while (tokens[end]?.pos === 'NOUN') end++;
  return tokens[end]?.pos === 'PUNCT' ? g : undefined;
}

/**
 * The author an aside names for the violence at `m`: after a nominal, within its phrase ("The
 * attack on the convoy, claimed by …"); for a verb, the aside right before it that follows its
 * subject phrase ("The bombing, blamed on rebels, killed 20"), when the subject names no actor.
 */
export function attackAuthor(tokens: readonly Token[], m: TriggerMatch, first: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  if (m.kind === 'noun') {
    for (let k = m.end; k < m.end + PHRASE_REACH; k++) {
      if (tokens[k]?.normal === ',') return authorAt(tokens, k, groups);
      if (!PHRASE_WORDS.has(tokens[k]?.pos ?? '')) return undefined;
    }
    return undefined;
  }
  if (tokens[m.start - 1]?.normal !== ',') return claimant(tokens, m, first, groups);
  // The opening comma: the first one of the sentence, with only the subject's noun phrase before it.
  let open = first;
  // A place may stand in it ("A suicide bombing in Jerusalem, carried out by Hamas, killed"), no actor; the tagger may read the nominal as a verb.
  while (open < m.start && tokens[open]!.normal !== ',') {
    if (!(PHRASE_WORDS.has(tokens[open]!.pos) || tokens[open]!.normal.endsWith('ing')) || groups.some((g) => g.start === open && !g.locative)) return undefined;
    open++;
  }
  return open < m.start - 1 ? authorAt(tokens, open, groups) : undefined;
}

/** Relative words that open the clause of what a claimed weapon or attack did. */
const RELATIVES = new Set(['that', 'which']);
/** Verbs of taking responsibility ("claimed", "admitted", "accepted"). */
const CLAIMING = new Set(['claim', 'admit', 'accept']);

/**
 * "Chechen rebels claimed responsibility for a bomb which killed 20 Russian soldiers": the verb of a
 * relative clause whose antecedent is what someone claimed responsibility for was that one's act.
 */
function claimant(tokens: readonly Token[], m: TriggerMatch, first: number, groups: readonly ActorGroup[]): ActorGroup | undefined {
  let k = m.start - 1;
  if (!RELATIVES.has(tokens[k]?.normal ?? '')) return undefined;
  k--;
  while (k >= first && PHRASE_WORDS.has(tokens[k]!.pos) && tokens[k]!.pos !== 'ADP') k--;
  if (tokens[k]?.normal !== 'for' || tokens[k - 1]?.normal !== 'responsibility') return undefined;
  k -= 2;
  if (tokens[k]?.pos === 'DET') k--;
  if (!CLAIMING.has(tokens[k]?.lemma.toLowerCase() ?? '')) return undefined;
  const g = groups.findLast((x) => x.end <= k && x.start >= first && !x.locative);
  // The claimer is the verb's subject: only its head nouns, auxiliaries and adverbs between ("Chechen rebels have claimed"), not "Police said nobody had claimed".
  for (let j = g ? g.end : k; j < k; j++) if (!SUBJECT_TAIL.has(tokens[j]!.pos)) return undefined;
  return g;
}

/** Tags of the words between a claimer's name and its verb. */
const SUBJECT_TAIL = new Set(['NOUN', 'AUX', 'ADV', 'PART']);
