import type { KbEntry } from '../../knowledge/kb-entry.js';
import { roleOn } from '../../knowledge/roles.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';

/** The named persons of an article indexed by token: the first ending at or starting at each token, and which tokens they cover. */
export interface PersonNames {
  byEnd: Map<number, Found>;
  byFirst: Map<number, Found[]>;
  /** True when a name covers a token from `first` to `end` inclusive (a name may start right after the span). */
  overlaps(first: number, end: number): boolean;
}

/** Indexes the named persons (in article order) by their end token, their first token and the tokens they cover. */
export function personNames(view: DocView, persons: readonly Found[]): PersonNames {
  const byEnd = new Map<number, Found>();
  const byFirst = new Map<number, Found[]>();
  const covered = new Uint8Array(view.tokens.length + 1);
  for (const p of persons) {
    if (p.kind !== 'name') continue;
    if (!byEnd.has(p.endToken)) byEnd.set(p.endToken, p);
    const list = byFirst.get(p.firstToken);
    if (list === undefined) byFirst.set(p.firstToken, [p]);
    else list.push(p);
    covered.fill(1, p.firstToken, p.endToken);
  }
  return {
    byEnd,
    byFirst,
    overlaps: (first, end) => {
      for (let k = first; k <= end; k++) if (covered[k] === 1) return true;
      return false;
    },
  };
}

/** A linked person's role on the date, with the person's place in article order. */
export interface HeldRole {
  order: number;
  start: number;
  actor: string;
  entry: KbEntry;
}

/** The linked persons of an article by the title of the role they hold on the date, in article order. */
export function roleHolders(persons: readonly Found[], date: string | undefined): Map<string, HeldRole[]> {
  const byTitle = new Map<string, HeldRole[]>();
  persons.forEach((p, order) => {
    const role = p.entry && roleOn(p.entry, date);
    if (!role) return;
    const title = role.title ?? '';
    const held: HeldRole = { order, start: p.start, actor: role.actor, entry: p.entry! };
    const list = byTitle.get(title);
    if (list === undefined) byTitle.set(title, [held]);
    else list.push(held);
  });
  return byTitle;
}

/** The last person before a description who holds one of its titles in its country on the date. */
export function lastHolder(holders: ReadonlyMap<string, HeldRole[]>, d: Found): KbEntry | undefined {
  let best: HeldRole | undefined;
  for (const title of d.titles!) {
    for (const h of holders.get(title) ?? []) {
      if (h.start < d.start && h.actor.startsWith(d.country!) && (best === undefined || h.order > best.order)) best = h;
    }
  }
  return best?.entry;
}
