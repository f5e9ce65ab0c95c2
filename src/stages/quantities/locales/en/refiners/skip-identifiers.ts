import { isCapitalised, normalAt, sameSentence } from '../../../token-helpers.js';
import type { Refiner } from '../../../types.js';

/** Words before a number that make it a name or a reference, not an amount. */
const IDENTIFIER_WORDS = new Set([
  'article', 'articles', 'resolution', 'resolutions', 'no', 'no.', 'nos', 'nos.', 'number', '#', 'chapter', 'paragraph', 'para',
  'paragraphs', 'section', 'part', 'point', 'points', 'clause', 'protocol', 'item', 'page', 'pages', 'flight', 'route', 'highway',
  'decree', 'room', 'building', 'block', 'phase', 'stage', 'round', 'level', 'grade', 'category', 'class', 'type', 'model',
  'version', 'series', 'annex', 'appendix', 'table', 'figure', 'fig.', 'vol.', 'volume', 'issue', 'session', 'platform',
  'gate', 'line', 'code', 'minsk', 'unit', 'reactor', 'channel', 'law', 'order', 'act', 'bill', 'list', 'step', 'question',
]);

/** A word with a capital inside it: a product or brand name ("iPhone", "iOS", "eBay"). */
const MIXED_CASE = /^[a-z]+[A-Z]/;

/** Capitalised unit abbreviations that do measure ("2 GB", "5 MW"), unlike model letters ("3G", "4K"). */
const MEASURES = new Set(['gb', 'mb', 'kb', 'tb', 'mw', 'gw', 'kw', 'km', 'kg', 'ml', 'mm', 'cm', 'hz']);

/**
 * Drops numbers that name rather than count (documented choice: no mention at all, since a
 * unit-less "5" for "Article 5" would mislead every reader of the quantities layer):
 * "Article 5", "Resolution 2231", "No. 3", "Minsk 2", "Boeing 777", number words capitalised
 * inside a sentence ("Formula One", "the Group of Four"), product names ("iPhone 4", "3G",
 * "iLife '11"), list markers ("1." or "2)"
 * opening a sentence). Keeps "Russia's 300 soldiers" and "Ukraine 300 prisoners" only when a
 * counted noun follows.
 */
export const skipIdentifiers: Refiner = {
  rule: 'quantities/en/skip-identifiers',
  refine(candidates, { tokens, text }) {
    return candidates.filter((c) => {
      if (c.currency || c.percent || c.fraction || c.vague) return true;
      const beforeIndex = c.first - 1;
      const before = tokens[beforeIndex];
      const inSentence = before !== undefined && sameSentence(tokens, beforeIndex, c.first);
      if (inSentence && IDENTIFIER_WORDS.has(before.normal)) return false;
      const core = tokens[c.coreFirst]!;
      if (core.kind !== 'number' && isCapitalised(text, core) && sameSentence(tokens, c.coreFirst - 1, c.coreFirst) && !/^[.:;!?"“(]$/.test(normalAt(tokens, c.coreFirst - 1))) return false;
      if (inSentence && c.first === c.coreFirst && (before.pos === 'PROPN' || MIXED_CASE.test(text.slice(before.start, before.end)))) {
        // "Minsk 2", "Boeing 777"; and a product name ("iPhone 4 owners") even before a noun.
        if (c.unit === undefined || MIXED_CASE.test(text.slice(before.start, before.end))) return false;
        // "Nord Stream 2 project": a name's number before a singular noun counts nothing.
        const head = c.head === undefined ? undefined : tokens[c.head];
        if (head && c.value !== 1 && head.lemma === head.normal && !head.normal.endsWith('s')) return false;
      }
      if (inSentence && (before.normal === "'" || before.normal === '’') && before.end === tokens[c.first]!.start) return false;
      const attached = tokens[c.coreLast + 1];
      if (attached && attached.start === tokens[c.coreLast]!.end && /^[A-Z]{1,2}S?$/.test(text.slice(attached.start, attached.end)) && !MEASURES.has(attached.normal)) return false;
      const after = normalAt(tokens, c.coreLast + 1);
      const opensSentence = !inSentence && c.coreFirst === c.coreLast && (after === '.' || after === ')') && tokens[c.coreFirst]!.kind === 'number';
      return !opensSentence;
    });
  },
};
