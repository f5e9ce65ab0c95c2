import { withLayers } from '../../core/doc.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../knowledge/load-kb.js';
import type { Stage } from '../../pipeline/stage.js';
import { linkAcronyms } from './acronyms.js';
import { resolveCoreference } from './coref.js';
import { makeDocView } from './doc-view.js';
import { countryNamed } from './elliptic-countries.js';
import { assignEventOwners } from './event-owner.js';
import { resolvePluralPronouns } from './plural-pronouns.js';
import { predecessorStates } from './predecessor-states.js';
import { recognise } from './recognise.js';
import { toMentions } from './to-mentions.js';
import { headlineOffices } from './headline-offices.js';
import { officialNameHeads } from './official-name-heads.js';

/** The ISO date part of the publication date, the day roles are looked up on. */
function dayOf(published: string | undefined): string | undefined {
  return published === undefined ? undefined : published.slice(0, 10);
}

/**
 * People, organisations, places and groups, linked to the knowledge base, with in-document
 * coreference (surnames, descriptions, pronouns). The knowledge base is loaded here, once per
 * process (memoised), never per document; pass one to use another (tests).
 */
export function createEntitiesStage(kb?: KnowledgeBase): Stage {
  const knowledge = kb ?? loadKnowledgeBase();
  return {
    name: 'entities',
    version: '1',
    requires: ['tokens', 'sentences', 'tags'],
    assigns: ['entities'],
    run(doc, ctx) {
      const date = dayOf(ctx.published);
      const view = makeDocView(doc);
      // Acronyms after coreference: the mentions they join have their clusters by then. Official names' heads before it: "the
      // Federal Republic" joins Germany's cluster.
      const founds = linkAcronyms(view, resolveCoreference(view, knowledge, officialNameHeads(view, knowledge, recognise(view, knowledge, date)), date));
      assignEventOwners(view, founds, date);
      // Last: the codes the KB gives for today's states are mapped to the states of the publication day.
      const offices = headlineOffices(doc.meta.title, founds, date, (name) => countryNamed(knowledge, name)?.country);
      return withLayers(doc, { entities: predecessorStates(resolvePluralPronouns(view, toMentions(doc.text, knowledge, founds, date, offices)), date) });
    },
  };
}
