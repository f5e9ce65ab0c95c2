import type { EntityType } from '../../core/mention.js';
import type { KbEntry } from '../../knowledge/kb-entry.js';
import type { TypeEvidence } from './chunk-type.js';

/** A mention found by the entity rules, before coreference gives it a cluster and ids are assigned. */
export interface Found {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
  type: EntityType;
  kind: 'name' | 'norp' | 'description' | 'pronoun';
  rule: string;
  confidence: number;
  entry?: KbEntry;
  /** The name without titles, for unlinked names ("Smith" in "Mr Smith"). */
  surface: string;
  /** Start of the name without titles (equal to `start` unless a title was taken in). */
  nameStart: number;
  country?: string;
  actor?: string;
  /** For a titled person: the actor the title names ("Russian President" → RUSGOV), used when no KB role holds on the date. */
  titleActor?: string;
  /** The country or IGO code of that title's owner (RUS, CSTO). */
  titleCountry?: string;
  /** For a known person under a bare office title naming no owner ("Prime Minister Mikhail Kasyanov"): the sector it gives (GOV, MIL), which stands over the KB's elite code (ELI) for the day, or its bare country when it dates no role to the day. */
  office?: string;
  /** Coreference cluster key (a KB id, or a key built from the unlinked name). */
  cluster?: string;
  /** Set when an unknown name's type was only guessed: from the words around it, after "in", or the default (ORG). */
  guess?: Exclude<TypeEvidence, 'name'>;
  /** For an unknown person after a lower-case role whose words name no owner ("opposition leader X"): the sector the role gives ('' none), for the article's sole country. */
  roleSector?: string;
  /** For descriptions: the titles they stand for ("president", "prime minister"). */
  titles?: readonly string[];
  /** For descriptions after "a"/"an" ("a Turkish diplomat"): someone new, never the same person as another description. */
  indefinite?: boolean;
  /** For "his Egyptian counterpart": someone the sentence's subject faces, never what a later pronoun stands for. */
  noAntecedent?: boolean;
}

/** The founds by first token (`byStart`, the last of those sharing one) and the found covering each token (`owner`). */
export function foundsByToken(founds: readonly Found[], tokenCount: number): { byStart: Map<number, Found>; owner: (Found | undefined)[] } {
  const byStart = new Map<number, Found>();
  const owner = new Array<Found | undefined>(tokenCount);
  for (const f of founds) {
    byStart.set(f.firstToken, f);
    for (let i = f.firstToken; i < f.endToken; i++) owner[i] = f;
  }
  return { byStart, owner };
}
