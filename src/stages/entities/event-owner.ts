import { actorOn } from '../../knowledge/roles.js';
import { subjectLike } from './coref.js';
import type { DocView } from './doc-view.js';
import type { Found } from './found.js';

/**
 * A named operation belongs to the actor its sentence is about: in "Ukraine reported drone
 * attacks …, codenamed Operation Spiderweb" the operation is Ukraine's. The country of an EVENT
 * name is taken from the first subject-like mention before it in its sentence that has one.
 * Mutates the founds in place; leaves events without such a mention alone.
 */
export function assignEventOwners(view: DocView, founds: Found[], date: string | undefined): void {
  for (const event of founds) {
    if (event.type !== 'EVENT' || event.country !== undefined || event.entry) continue;
    const sentence = view.tokens[event.firstToken]!.sentence;
    const owner = founds.find(
      (f) => f !== event && f.start < event.start && view.tokens[f.firstToken]!.sentence === sentence && ownerCountry(f, date) !== undefined && subjectLike(view, f),
    );
    if (owner) event.country = ownerCountry(owner, date);
  }
}

/** The country a mention stands for: its own (NORP, demonym organisations), else its KB entry's on the date. */
function ownerCountry(f: Found, date: string | undefined): string | undefined {
  if (f.country !== undefined) return f.country;
  if (!f.entry) return undefined;
  const head = actorOn(f.entry, date)?.slice(0, 3);
  return f.entry.type === 'PERSON' && head !== undefined && /^[A-Z]{3}$/.test(head) && head !== 'IGO' ? head : f.entry.country;
}
