import type Database from 'better-sqlite3';
import { initial } from './0001-initial.js';
import { rawHashIndex } from './0002-raw-hash-index.js';
import { eventActorNames } from './0003-event-actor-names.js';
import { onePermutationMinhash } from './0004-one-permutation-minhash.js';
import { ftsPerBatch } from './0005-fts-per-batch.js';

/** One schema change: a unique ordered name, the SQL that applies it, and a data step run after the SQL in the same transaction. */
export interface Migration {
  readonly name: string;
  readonly up: string;
  readonly data?: (db: Database.Database) => void;
}

/**
 * Every migration, oldest first. Why this order: each one assumes the schema the previous ones left,
 * so new migrations are appended, never inserted or edited once released.
 */
export const MIGRATIONS: readonly Migration[] = [initial, rawHashIndex, eventActorNames, onePermutationMinhash, ftsPerBatch];
