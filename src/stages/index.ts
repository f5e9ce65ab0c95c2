import { loadKnowledgeBase } from '../knowledge/load-kb.js';
import type { Stage } from '../pipeline/stage.js';
import { createClaimsStage } from './claims/index.js';
import { createEntitiesStage } from './entities/index.js';
import { createEventsStage } from './events/index.js';
import { stagesTitleReader } from './events/title-actors.js';
import { createQuantitiesStage } from './quantities/index.js';
import { createTimesStage } from './times/index.js';
import { taggedTokensStage } from './tokens/tagged.js';

/**
 * The default pipeline, in order. Tokens, sentences and tags come first, from one wink pass,
 * because every stage reads tokens and sentences and every later stage reads POS tags and lemmas
 * (the separate tokens and tags stages give the same layers in two passes); entities before
 * claims, whose sources resolve to entities; times and quantities before events, which attach
 * them; claims before events, which point to the claim reporting them. Events read a document's title with the
 * pipeline's own tokens and entities stages (the same instance), so a title is coded with the body's knowledge.
 */
export function defaultStages(): Stage[] {
  // One knowledge base for both stages that read it: events test states and capitals against the one entities were coded with.
  const kb = loadKnowledgeBase();
  const entities = createEntitiesStage(kb);
  const readTitle = stagesTitleReader(taggedTokensStage, entities);
  return [taggedTokensStage, entities, createTimesStage(), createQuantitiesStage(), createClaimsStage(), createEventsStage({ readTitle, kb })];
}
