import { withLayers } from '../../core/doc.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Draft } from './draft.js';
import { claimsLexicon } from './lexicon.js';
import { linkClaims } from './links.js';
import { nounClaims } from './noun-claims.js';
import { quoteClaims } from './quote-claims.js';
import { refineStance } from './stance.js';
import { toClaims } from './to-claims.js';
import { verbClaims } from './verb-claims.js';
import { claimsView } from './view.js';

/** Attributed claims: who says what, with which cue, how firmly, and who confirms or disputes it (issue 5). */
export function createClaimsStage(): Stage {
  const lexicon = claimsLexicon();
  return {
    name: 'claims',
    version: '1',
    requires: ['tokens', 'sentences', 'tags', 'entities'],
    assigns: ['claims'],
    run(doc) {
      const view = claimsView(doc);
      const drafts: Draft[] = [];
      // Verb cues first: a noun cue inside a verb claim's cue ("indicated expectations") is
      // already part of it, and quotations are attributed to cues found before them.
      for (let s = 0; s < view.sentences.length; s++) {
        const verbs = verbClaims(view, s);
        const nouns = nounClaims(view, s).filter((n) => !verbs.some((v) => v.cue[0] < n.cue[1] && n.cue[0] < v.cue[1]));
        drafts.push(...verbs, ...nouns);
      }
      drafts.sort(byContent);
      drafts.push(...quoteClaims(view, drafts));
      // Stances are final before links, which read them.
      const refined = drafts.sort(byContent).map((d) => ({ ...d, stance: refineStance(view, d) }));
      return withLayers(doc, { claims: toClaims(view, linkClaims(view, refined, lexicon.related)) });
    },
  };
}

/** Orders drafts by where their content starts, then by cue. */
function byContent(a: Draft, b: Draft): number {
  return a.content.start - b.content.start || a.cue[0] - b.cue[0];
}
