import { GROUP_SECTORS } from '../entities/locales/en/lexicon.js';

/**
 * CAMEO sectors of people who are no arm of a state nor an armed group: civilians, workers, students and teachers, the press,
 * health workers, refugees, clergy (CVL LAB EDU MED HLH REF REL). Not the government, the military, the police, lawmakers or rebels: no crowd that protests (the police
 * block streets to keep order), and named one by one where they act as a body (AGENT_NOUNS, subjects.ts).
 */
const PEOPLE_SECTORS = new Set(['CVL', 'LAB', 'EDU', 'MED', 'HLH', 'REF', 'REL']);

/**
 * The plural nouns GROUP_SECTORS gives such a sector ("workers" LAB, "journalists" MED, "farmers" CVL, "monks" REL): people who act
 * as a body and crowds that protest, one list with the sectors a country word before them gives. Plural by its "-s" (not "-ss"):
 * "the press", "state media" and "a journalist" are no crowd.
 */
export const SECTOR_PEOPLE: ReadonlySet<string> = new Set(
  [...GROUP_SECTORS].filter(([w, s]) => PEOPLE_SECTORS.has(s) && w.endsWith('s') && !w.endsWith('ss')).map(([w]) => w),
);
