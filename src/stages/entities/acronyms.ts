import type { DocView } from './doc-view.js';
import type { Found } from './found.js';

/** An acronym as written in brackets after a long name: capitals (and digits), with inner hyphens ("NPFL", "ZANU-PF"). */
const ACRONYM = /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;
/** Small words a long name may hold between its names ("National Union for the Total Independence of Angola"). */
const JOINERS = new Set(['of', 'for', 'the', 'and', 'in', '-', '–']);

/** A long name and the acronym the text defines for it in brackets right after it. */
interface Definition {
  readonly acronym: string;
  /** The founds that make up the long name, in order. */
  readonly parts: readonly Found[];
  /** Token index of the opening bracket. */
  readonly open: number;
  /** End offset of the closing bracket. */
  readonly after: number;
}

/** Do at least two letters of the acronym start words of the long name ("Free Aceh Movement (GAM)": A and M)? */
function fits(acronym: string, longName: string): boolean {
  const initials = new Set(longName.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!));
  let shared = 0;
  for (const letter of new Set(acronym.replace(/[^\p{Lu}]/gu, ''))) if (initials.has(letter)) shared++;
  return shared >= 2;
}

/** The founds of names right before an opening bracket, joined only by hyphens and small words: the long name's parts. */
function partsBefore(view: DocView, byEnd: ReadonlyMap<number, Found>, open: number): Found[] {
  const parts: Found[] = [];
  let k = open;
  for (;;) {
    // Over the small words between two parts ("… Independence | of | Angola"); the first part must end at the bracket.
    let end = k;
    while (parts.length > 0 && end > 0 && JOINERS.has(view.tokens[end - 1]!.normal) && !byEnd.has(end)) end--;
    const f = byEnd.get(end);
    if (f === undefined) return parts;
    parts.unshift(f);
    k = f.firstToken;
  }
}

/** Where the text defines an acronym: "the National Patriotic Front of Liberia (NPFL)". */
function definitions(view: DocView, names: readonly Found[]): Definition[] {
  const { tokens, text } = view;
  const result: Definition[] = [];
  const byEnd = new Map<number, Found>();
  for (const f of names) byEnd.set(f.endToken, f);
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i]!.normal !== '(') continue;
    let close = i + 1;
    while (close < tokens.length && close - i <= 5 && tokens[close]!.normal !== ')') close++;
    if (tokens[close]?.normal !== ')' || tokens[close]!.sentence !== tokens[i]!.sentence) continue;
    const acronym = text.slice(tokens[i + 1]!.start, tokens[close - 1]!.end);
    if (acronym.length < 2 || !ACRONYM.test(acronym)) continue;
    const parts = partsBefore(view, byEnd, i);
    // A person's or a place's name before brackets is followed by a party, a code or a news agency ("Moscow (AFP)"), not by its own acronym.
    if (parts.length === 0 || parts.some((p) => p.type === 'PERSON' || p.type === 'GPE' || p.type === 'LOC')) continue;
    if (!fits(acronym, text.slice(parts[0]!.start, parts.at(-1)!.end))) continue;
    result.push({ acronym, parts, open: i, after: tokens[close]!.end });
  }
  return result;
}

/** One past the last token of `acronym` when it is written at token `i` as a whole word, else -1. */
function writtenAt(view: DocView, i: number, acronym: string): number {
  const start = view.tokens[i]!.start;
  if (!view.text.startsWith(acronym, start)) return -1;
  const endToken = view.tokenEndingAt[start + acronym.length]!;
  return endToken >= 0 && !/[\p{L}\d]/u.test(view.text[start + acronym.length] ?? '') ? endToken + 1 : -1;
}

/**
 * Acronyms the article defines ("the Zimbabwe African National Union-Patriotic Front (ZANU-PF)")
 * name the same body wherever they appear after the definition, whatever the knowledge base says
 * of the letters alone: the long name becomes one mention (its parts merged), and the acronym in
 * the brackets and later are mentions of its cluster, with its entry, country and actor. When only
 * the acronym is known ("Revolutionary United Front (RUF)" with RUF in the knowledge base), the
 * long name takes the acronym's. Runs after coreference, on clustered founds; returns the new list.
 */
export function linkAcronyms(view: DocView, founds: readonly Found[]): Found[] {
  const names = founds.filter((f) => f.kind === 'name');
  const defined = definitions(view, names);
  if (defined.length === 0) return [...founds];
  const removed = new Set<Found>();
  const added: Found[] = [];
  for (const d of defined) {
    const first = d.parts[0]!;
    const last = d.parts.at(-1)!;
    const inside = names.find((f) => f.firstToken > d.open && f.end <= d.after);
    const known = (f: Found | undefined): f is Found => f !== undefined && (f.entry !== undefined || f.country !== undefined);
    // Why this order: a single known long name is itself; else a known body among its parts, the known acronym, any part with a country.
    const owner = d.parts.length === 1 && known(first) ? first : (d.parts.find((p) => p.type === 'ORG' && p.entry !== undefined) ?? (known(inside) ? inside : (d.parts.find(known) ?? first)));
    const same = owner === first && d.parts.length === 1;
    // A name that only gave its country ("Zimbabwe African National Union" as ZWEGOV) is no government office inside a party's name.
    const actor = owner.entry !== undefined || same ? owner.actor : undefined;
    const long: Found = {
      start: first.start,
      end: last.end,
      firstToken: first.firstToken,
      endToken: last.endToken,
      // A name of one piece keeps its type ("Worldwide Developers Conference (WWDC)" is an event); pieces joined make a body's name.
      type: d.parts.length === 1 ? first.type : 'ORG',
      kind: 'name',
      rule: same ? first.rule : 'entities/en/acronym-definition',
      confidence: first.confidence,
      surface: view.text.slice(first.start, last.end),
      nameStart: first.start,
      cluster: owner.cluster ?? first.cluster!,
      ...(owner.entry && { entry: owner.entry }),
      ...(owner.country !== undefined && { country: owner.country }),
      ...(actor !== undefined && { actor }),
    };
    for (const p of d.parts) removed.add(p);
    added.push(long);
    for (let i = d.open + 1; i < view.tokens.length; i++) {
      const endToken = writtenAt(view, i, d.acronym);
      if (endToken < 0) continue;
      const t = view.tokens[i]!;
      const end = view.tokens[endToken - 1]!.end;
      for (const f of names) if (f.start < end && f.end > t.start) removed.add(f);
      added.push({ ...long, start: t.start, end, firstToken: i, endToken, surface: d.acronym, nameStart: t.start, rule: 'entities/en/acronym', confidence: 0.85 });
      i = endToken - 1;
    }
  }
  return [...founds.filter((f) => !removed.has(f)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
