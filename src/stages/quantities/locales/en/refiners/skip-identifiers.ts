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

/**
 * Drops numbers that name rather than count (documented choice: no mention at all, since a
 * unit-less "5" for "Article 5" would mislead every reader of the quantities layer):
 * "Article 5", "Resolution 2231", "No. 3", "Minsk 2", "Boeing 777", number words capitalised
 * inside a sentence ("Formula One", "the Group of Four"), list markers ("1." or "2)"
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
      if (inSentence && c.unit === undefined && before.pos === 'PROPN' && isCapitalised(text, before) && c.first === c.coreFirst) return false;
      const after = normalAt(tokens, c.coreLast + 1);
      const opensSentence = !inSentence && (after === '.' || after === ')') && tokens[c.coreFirst]!.kind === 'number';
      return !opensSentence;
    });
  },
};
