import type { TimeCandidate, TimeMod, TimeRefiner } from '../../../types.js';

/**
 * A part of a period written before it: groups 1 (early / late / mid) and 2 (the start, end,
 * middle of). Matched against the text just before a date candidate.
 */
const PREFIX = /(?:\b(early|late|mid)(?:\s+|-)|\b(?:the\s+)?(start|beginning|end|middle|close)\s+of\s+(?:the\s+)?)$/i;

const MOD: Readonly<Record<string, TimeMod>> = {
  early: 'START', start: 'START', beginning: 'START', late: 'END', end: 'END', close: 'END', mid: 'MID', middle: 'MID',
};

/**
 * Widens a date to its qualifier and keeps its granularity: "early June" (2025-06, START),
 * "late 2006" (2006, END), "mid-2011" (2011, MID), "the end of last year" (2024, END).
 * Not durations ("late 24 hours" is no phrase) and not "the end of the war".
 */
export const modPrefix: TimeRefiner = {
  rule: 'times/refine/mod-prefix',
  refine(candidates, sentence) {
    return candidates.map((c): TimeCandidate => {
      if (c.type !== 'DATE' || c.mod || c.value === null || /REF$/.test(c.value)) return c;
      const before = sentence.text.slice(Math.max(0, c.start - sentence.start - 30), c.start - sentence.start);
      const match = PREFIX.exec(before);
      if (!match) return c;
      const word = (match[1] ?? match[2])!.toLowerCase();
      return { ...c, start: c.start - match[0].length, mod: MOD[word]! };
    });
  },
};
