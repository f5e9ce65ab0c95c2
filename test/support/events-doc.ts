/**
 * Docs for the events stage's unit tests: a tagged doc with hand-made entity mentions of a few
 * country names (Peru, Chile, Norway …), and the events found in it as short lines.
 */
import { withLayers, type Doc } from '../../src/core/doc.js';
import type { Claim, EntityMention, EntityType } from '../../src/core/mention.js';
import { makeDoc } from '../../src/pipeline/make-doc.js';
import { findEvents } from '../../src/stages/events/index.js';
import { tagsStage } from '../../src/stages/tags/index.js';
import { tokensStage } from '../../src/stages/tokens/index.js';

/** Names the tests use: type, entity id, country. */
const NAMES: Record<string, [EntityType, string, string]> = {
  Peru: ['GPE', 'e1', 'PER'], Peruvian: ['NORP', 'e1', 'PER'], Chile: ['GPE', 'e2', 'CHL'], Chilean: ['NORP', 'e2', 'CHL'], Chileans: ['NORP', 'e2', 'CHL'],
  Norway: ['GPE', 'e3', 'NOR'], Geneva: ['GPE', 'e4', 'CHE'], Lima: ['GPE', 'e5', 'PER'],
};

/**
 * The claim of a text with "said" in it: `speaker` (its first occurrence, one of NAMES) as the source span, as a
 * claim reader may give it, and the content from after "said " up to the final stop.
 */
export function saidBy(text: string, speaker: string): Claim {
  const start = text.indexOf(speaker);
  const cue = text.indexOf('said');
  return {
    id: 'c1', start: 0, end: text.length - 1, kind: 'indirect', stance: 'assert',
    source: { start, end: start + speaker.length, text: speaker, entity: NAMES[speaker]![1] },
    cue: { start: cue, end: cue + 4, text: 'said', lemma: 'say' },
    content: { start: cue + 5, end: text.length - 1, text: text.slice(cue + 5, text.length - 1) },
  };
}

/** The claim of a text opening "Norway said that …": Norway's indirect statement of the that-clause up to the final stop. */
export function norwaySaid(text: string): Claim {
  return saidBy(text, 'Norway');
}

/** A tagged doc with entity mentions for every name of NAMES found in the text (and claims, when given). */
export function doc(text: string, claims: Claim[] = []): Doc {
  const base = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {});
  const mentions: EntityMention[] = [];
  for (const [name, [type, entity, country]] of Object.entries(NAMES)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
      const start = m.index!;
      mentions.push({ id: 'm', start, end: start + name.length, text: name, confidence: 1, rule: 'test', type, entity, name, country, actor: country });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return withLayers(base, { entities: mentions.map((m, i) => ({ ...m, id: `m${i + 1}` })), claims });
}

/** The events as "PLOVER SRC->TGT status" lines. */
export function summary(d: Doc): string[] {
  return findEvents(d).map((e) => `${e.plover} ${e.source?.actor ?? '-'}->${e.target?.actor ?? '-'} ${e.status}`);
}

/** The first `words` words of each summary line of a text's events ("PLOVER" or "PLOVER SRC->TGT"). */
export function heads(text: string, words: number): string[] {
  return summary(doc(text)).map((l) => l.split(' ').slice(0, words).join(' '));
}
