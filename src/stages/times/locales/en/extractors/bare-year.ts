import type { Token } from '../../../../../core/doc.js';
import { groupEnd, groupStart, regexExtractor } from '../../../regex-extractor.js';

/** Words before a number that make it a year: "in 2018", "since 2014", "early 2009". */
const YEAR_CUES = /\b(?:in|since|by|until|till|from|to|of|during|before|after|through|between|and|early|late|mid|year|summer|spring|autumn|fall|winter|end|start|beginning|middle|around|circa|—|–)\s*-?$/i;

/** Words before a number that make it something else: "No. 2018", "Resolution 2231", "$2000". */
const NOT_YEAR_BEFORE = /(?:\b(?:no|nos|number|resolution|decree|article|paragraph|item|page|flight|route|code|model|about|some|nearly|almost|over|than|least|up\s+to|total\s+of)\.?\s*|[$€£¥#№]\s*)$/i;

/** Units and counted nouns after a number that make it a count or a clock: "2000 troops", "1999 km", "2100 GMT". */
const COUNT_AFTER = /^\s*(?:%|percent|per\s+cent|km|kilomet|metres|meters|miles|tonnes|tons|people|troops|soldiers|dollars|euros|roubles|rubles|hryvnia|units|times|GMT|UTC|hrs|hours|local\s+time|Moscow\s+time|Kyiv\s+time)/i;

/** Is the token after the number a plural noun (a count, "2000 soldiers"), not a modifier ("the 2018 agreement")? */
function pluralNounAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start >= end);
  return !!next && next.pos === 'NOUN' && next.normal !== next.lemma && next.normal.endsWith('s');
}

/**
 * A bare year, alone or as a range: "in 2018" (2018), "the 2014 agreement", "2014–2018"
 * (2014/2018). Years 1900–2099 only when a cue says it is a year or nothing says it is a count:
 * not "300 children", "2000 troops", "Resolution 2231", "$2000".
 */
export const bareYear = regexExtractor({
  rule: 'times/en/bare-year',
  keys: ['#digit'],
  pattern: /(?<![\d.,:/$€£]|(?<!\bmid)-)\b((?:19|20)\d\d)(?:\s*(?:-|–|to)\s*((?:19|20)?\d\d))?\b(?![\d.,:/]\d|-\d|\s*%)/gd,
  extract(match, sentence) {
    const before = sentence.text.slice(Math.max(0, match.index! - 30), match.index!);
    const after = sentence.text.slice(groupEnd(match, 0));
    if (NOT_YEAR_BEFORE.test(before) || COUNT_AFTER.test(after)) return null;
    const cued = YEAR_CUES.test(before) || /^\s*[,.;:)]?\s*$/.test(after.slice(0, 2)) || /^'s\b/.test(after);
    if (!cued && pluralNounAfter(sentence.tokens, sentence.start + groupEnd(match, 0))) return null;
    const first = match[1]!;
    let last = match[2];
    const joined = match[0].slice(4).trim();
    if (last && /^-\d\d$/.test(joined) && Number(last) >= 1 && Number(last) <= 12) {
      return { type: 'DATE', value: `${first}-${last}`, certainty: 'known', relative: false };
    }
    if (last && last.length === 2) last = first.slice(0, 2) + last;
    // "2015-32" is no range; "2014–18" and "1998–2004" are.
    if (last && (Number(last) - Number(first) > 15 || /\s/.test(joined.slice(0, 2)) && match[2]!.length === 2)) return null;
    if (last && Number(last) <= Number(first)) return { type: 'DATE', value: first, certainty: 'known', relative: false, start: groupStart(match, 1), end: groupEnd(match, 1) };
    return { type: 'DATE', value: last ? `${first}/${last}` : first, certainty: 'known', relative: false, confidence: cued ? 0.85 : 0.65 };
  },
});
