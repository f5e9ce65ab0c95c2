import type { EntityMention } from '../../src/core/mention.js';
import type { GoldMention, GoldType, MeantimeDoc, TextSpan } from '../meantime-gold.js';

/**
 * Our entity types as MEANTIME types. MEANTIME has no GPE or facility class (countries, cities and
 * buildings are LOC); a nationality adjective is a premodifier name of its country there
 * ("American" in "American automobile manufacturer" is PRE.NAM of the United States, LOC), so a
 * NORP linked to a country counts as LOC. Works and media (WORK) are MEANTIME's products (PRO),
 * which are not scored; nor are events and OTHER.
 */
const MAP: Record<string, GoldType | undefined> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'LOC' };

/** A prediction as scored: inside the annotated part, a name (no pronoun or description), of a MEANTIME type. */
export interface Scored extends TextSpan {
  /** The whole mention, titles included; `start`–`end` is its name. */
  readonly full: TextSpan;
  readonly type: GoldType;
  readonly rule: string;
}

/** How spans are compared: exactly, or any overlap. */
export type Mode = 'exact' | 'overlap';

/**
 * Where the name in a person mention starts. Our person mentions take in the titles before the
 * name ("Apple CEO Steve Jobs", "Russian President Vladimir Putin"); MEANTIME's person names do
 * not ("Steve Jobs"), so a `title-name` mention is scored by its name: the end of its text that is
 * the canonical name, or failing that the canonical name's last word ("President Putin"). When
 * the annotators took the title in ("Australian Prime Minister John Howard"), the whole span counts.
 */
function nameStart(m: EntityMention): number {
  if (m.rule !== 'entities/en/title-name') return m.start;
  const surname = m.name.split(' ').at(-1)!;
  for (const name of [m.name, surname]) if (m.text.endsWith(` ${name}`)) return m.end - name.length;
  return m.start;
}

/** The entity mentions that are scored, mapped to MEANTIME types. */
export function scoredMentions(entities: readonly EntityMention[], annotatedEnd: number): Scored[] {
  return entities
    .filter((m) => m.end <= annotatedEnd)
    .filter((m) => !m.rule.startsWith('entities/en/coref-pronoun') && !m.rule.startsWith('entities/en/coref-description'))
    .filter((m) => m.type !== 'NORP' || m.rule === 'entities/kb/demonym')
    .map((m) => ({ start: nameStart(m), end: m.end, full: { start: m.start, end: m.end }, type: MAP[m.type], rule: m.rule }))
    .filter((m): m is Scored => m.type !== undefined);
}

const same = (a: TextSpan, b: TextSpan): boolean => a.start === b.start && a.end === b.end;
const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** True when prediction `p` hits gold `g`: one of its extents exactly (by its name or its whole span), or any overlap. */
export function hits(p: Scored, g: GoldMention, mode: Mode): boolean {
  return p.type === g.type && (mode === 'exact' ? g.spans.some((s) => same(s, p) || same(s, p.full)) : overlaps(g, p.full));
}

/**
 * A prediction is right when it hits gold of its type; it is not scored when it has exactly the
 * extent of a mention the annotators left without a syntactic type (they did not say whether it
 * is a name) whose referent is of its type or untyped; otherwise it is a false positive.
 */
export function judge(doc: MeantimeDoc, p: Scored, mode: Mode): 'tp' | 'fp' | 'unscored' {
  if (doc.gold.some((g) => hits(p, g, mode))) return 'tp';
  if (doc.untyped.some((u) => (u.type === undefined || u.type === p.type) && u.spans.some((s) => same(s, p)))) return 'unscored';
  return 'fp';
}
