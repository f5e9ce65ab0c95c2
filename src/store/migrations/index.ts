import { initial } from './0001-initial.js';
import { rawHashIndex } from './0002-raw-hash-index.js';
import { eventActorNames } from './0003-event-actor-names.js';

/** One schema change: a unique ordered name and the SQL that applies it. */
export interface Migration {
  readonly name: string;
  readonly up: string;
}

/**
 * Every migration, oldest first. Why this order: each one assumes the schema the previous ones left,
 * so new migrations are appended, never inserted or edited once released.
 */
export const MIGRATIONS: readonly Migration[] = [initial, rawHashIndex, eventActorNames];
