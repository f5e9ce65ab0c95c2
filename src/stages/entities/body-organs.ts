import { isCapitalised, type DocView } from './doc-view.js';
import type { Found } from './found.js';

/** Lower-case heads of a body's organ ("the defence committee of the State Duma"). */
const ORGAN_HEADS = new Set(['committee', 'subcommittee', 'sub-committee', 'commission', 'panel']);
/** How many lower-case modifiers may stand between "the" and the head ("the foreign affairs committee"). */
const MAX_MODIFIERS = 3;

/** An actor code with a country and a sector ("RUSLEG"): a state's body. */
const STATE_BODY_CODE = /^[A-Z]{3}[A-Z]{3}/;

/** The actor code and country of a named body that can own an organ: an organisation coded as a state's or an international body. */
function bodyCode(f: Found): { actor: string; country: string } | undefined {
  if (f.type !== 'ORG' || f.kind !== 'name') return undefined;
  const actor = f.actor ?? f.entry?.actor;
  const country = f.country ?? f.entry?.country;
  if (actor === undefined || country === undefined) return undefined;
  return STATE_BODY_CODE.test(actor) || actor.startsWith('IGO') ? { actor, country } : undefined;
}

/** True when token `k` of sentence `sentence` can modify an organ's head: a lower-case noun or adjective, not an article ("the foreign affairs committee"). */
function isModifier(view: DocView, k: number, sentence: number): boolean {
  const t = view.tokens[k]!;
  return t.sentence === sentence && t.kind === 'word' && !isCapitalised(view, k) && t.normal !== 'the' && t.normal !== 'a' && (t.pos === 'NOUN' || t.pos === 'ADJ');
}

/**
 * A named body's organ described in lower case: "the defence committee of the State Duma"
 * (RUSLEG), "a panel of the European Parliament" (its IGO code). The words from the first modifier
 * to the head become an ORG mention with the body's code, as CAMEO codes a legislature's committee
 * as the legislature; the body stays a mention of its own. Only after "the" or "a", with lower-case
 * words between, and only where no other mention stands.
 */
export function findBodyOrgans(view: DocView, founds: readonly Found[]): Found[] {
  const { tokens } = view;
  let covered: Uint8Array | undefined;
  let byFirst: Map<number, Found> | undefined;
  const result: Found[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    // Why the head word is tested first: every token passes here, and only these words can head an organ.
    if (!ORGAN_HEADS.has(tokens[i]!.normal) || isCapitalised(view, i) || tokens[i + 1]!.normal !== 'of' || tokens[i + 1]!.sentence !== tokens[i]!.sentence) continue;
    if (covered === undefined) {
      covered = new Uint8Array(tokens.length);
      for (const f of founds) for (let k = f.firstToken; k < f.endToken; k++) covered[k] = 1;
      byFirst = new Map(founds.map((f) => [f.firstToken, f]));
    }
    if (covered[i]) continue;
    let first = i;
    while (i - first < MAX_MODIFIERS && first - 1 >= 0 && isModifier(view, first - 1, tokens[i]!.sentence) && !covered[first - 1]) first--;
    const article = tokens[first - 1]?.normal;
    if (article !== 'the' && article !== 'a') continue;
    const ownerAt = tokens[i + 2]?.normal === 'the' ? i + 3 : i + 2;
    const owner = byFirst!.get(ownerAt);
    const code = owner === undefined ? undefined : bodyCode(owner);
    if (code === undefined) continue;
    const start = tokens[first]!.start;
    const end = tokens[i]!.end;
    result.push({ start, end, firstToken: first, endToken: i + 1, type: 'ORG', kind: 'name', rule: 'entities/en/body-organ', confidence: 0.7, surface: view.text.slice(start, end), nameStart: start, country: code.country, actor: code.actor });
  }
  return result;
}
