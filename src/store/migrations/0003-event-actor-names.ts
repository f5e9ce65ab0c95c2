import type { Migration } from './index.js';

/**
 * The canonical names of each event side's entities ("Donald Trump" where the article says "he"),
 * so the events table shows who acted and a name filter finds events told with pronouns.
 * Rows written before stay without names until they are analysed again.
 */
export const eventActorNames: Migration = {
  name: '0003-event-actor-names',
  up: `ALTER TABLE events ADD COLUMN source_name TEXT;
ALTER TABLE events ADD COLUMN target_name TEXT;`,
};
