import type { QuantitiesConfiguration } from '../../types.js';
import { cardinalDigits } from './extractors/cardinal-digits.js';
import { cardinalWords } from './extractors/cardinal-words.js';
import { digitRange } from './extractors/digit-range.js';
import { fraction } from './extractors/fraction.js';
import { vagueMagnitude } from './extractors/vague-magnitude.js';
import { approximator } from './refiners/approximator.js';
import { casualty } from './refiners/casualty.js';
import { countedNoun } from './refiners/counted-noun.js';
import { money } from './refiners/money.js';
import { overlap } from './refiners/overlap.js';
import { percent } from './refiners/percent.js';
import { range } from './refiners/range.js';
import { skipCalendar } from './refiners/skip-calendar.js';
import { skipDurations } from './refiners/skip-durations.js';
import { skipIdentifiers } from './refiners/skip-identifiers.js';
import { skipPronounOne } from './refiners/skip-pronoun-one.js';

/** The English rules, in order. Extractors may overlap; the refiners settle it. */
export const en: QuantitiesConfiguration = {
  extractors: [cardinalDigits, digitRange, cardinalWords, vagueMagnitude, fraction],
  refiners: [
    overlap, // first: one reading per run of tokens ("half a million" over "a million"), and range reads neighbours in order
    money, // before percent and the counted noun: "roubles" is the currency, not the thing counted
    percent, // before range, so "20 to 30 percent" scales both ends, and before the counted noun ("40% of voters")
    range, // before approximators, so "between" frames the range rather than hedging one end
    approximator, // before the counted noun: a suffix hedge ("300 or more people") sits between number and noun
    countedNoun, // before the skips, which read the head noun it finds
    skipDurations, // needs the head: "18 months" is the times stage's
    skipCalendar, // after range and the head: "1-3 June" is a date, "2000 soldiers" is not a year
    skipIdentifiers, // after the head: a name with a counted noun ("Ukraine 300 prisoners") is kept
    skipPronounOne, // after the head: "one soldier" counts, "one of them" does not
    casualty, // last but one: only surviving quantities get a casualty kind, and it reads their final span
    overlap, // last: hedges and nouns widened mentions, which may now meet
  ],
};
