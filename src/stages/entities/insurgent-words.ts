import type { DocView } from './doc-view.js';
import type { Found } from './found.js';
import { INSURGENT_CREEDS } from './locales/en/lexicon.js';
import { peopleState, placedIn } from './people-states.js';

/**
 * Codes an unknown name that is one creed of INSURGENT_CREEDS, capitalised and alone or before a
 * noun ("the Maoists", "the Maoist leader", "Naxalite cadres"; the PETRARCH actors code the
 * Communist Party of Nepal-Maoist and the Maoist Communist Centre REB), as the insurgents of their
 * state, sector REB: the country words around it gave it ("Nepal's Maoist leader"), else the one it
 * is placed in ("Maoists in western Nepal"), else of its states the one the article names (`named`;
 * the first in the list's order on a tie: "The Maoist leader accused India of meddling in Nepal's
 * affairs" NPLREB), else the article's sole country (`sole`). Left as it is when none says. Mutates
 * the founds in place. Armed groups run first: "Maoist rebels" is one body by then.
 */
export function insurgentWords(view: DocView, founds: readonly Found[], named: ReadonlyMap<string, number>, sole: string | undefined): void {
  const { tokens } = view;
  let byStart: Map<number, Found> | undefined;
  for (const f of founds) {
    if (f.entry !== undefined || (f.actor !== undefined && f.actor !== f.country) || f.kind !== 'name' || f.type === 'PERSON' || f.endToken - f.firstToken !== 1) continue;
    if (!INSURGENT_CREEDS.has(tokens[f.firstToken]!.normal)) continue;
    byStart ??= new Map(founds.map((x) => [x.firstToken, x]));
    const country = f.country ?? placedIn(view, f.endToken, byStart) ?? peopleState(view, f, named) ?? sole;
    if (country === undefined || !/^[A-Z]{3}$/.test(country)) continue;
    f.country = country;
    f.actor = `${country}REB`;
    f.type = 'ORG';
    f.rule = 'entities/en/insurgent-word';
    delete f.guess;
  }
}
