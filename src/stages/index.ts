import type { Stage } from '../pipeline/stage.js';
import { createClaimsStage } from './claims/index.js';
import { createEntitiesStage } from './entities/index.js';
import { createEventsStage } from './events/index.js';
import { createQuantitiesStage } from './quantities/index.js';
import { createTimesStage } from './times/index.js';
import { tagsStage } from './tags/index.js';
import { tokensStage } from './tokens/index.js';

/**
 * The default pipeline, in order. Tokens come first because every stage reads tokens and
 * sentences; tags next because every later stage reads POS tags and lemmas; entities before
 * claims, whose sources resolve to entities; times and quantities before events, which attach
 * them; claims before events, which point to the claim reporting them.
 */
export function defaultStages(): Stage[] {
  return [tokensStage, tagsStage, createEntitiesStage(), createTimesStage(), createQuantitiesStage(), createClaimsStage(), createEventsStage()];
}
