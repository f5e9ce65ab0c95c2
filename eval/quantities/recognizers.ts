import { readFileSync } from 'node:fs';
import type { QuantityMention } from '../../src/core/mention.js';
import { CORPORA } from '../../test/support/seed.js';
import { quantitiesOf, same } from './analyze.js';

/** One case of a Recognizers-Text spec file. */
interface SpecCase {
  readonly Input: string;
  readonly NotSupported?: string;
  readonly NotSupportedByDesign?: string;
  readonly Results: readonly { readonly Text: string; readonly TypeName: string; readonly Resolution?: Record<string, string> }[];
}

/** Pass counts of one spec file: all cases, and the news-prose subset. */
export interface SpecScore {
  readonly file: string;
  readonly passed: number;
  readonly total: number;
  readonly newsPassed: number;
  readonly newsTotal: number;
}

const SPECS = `${CORPORA}recognizers/Specs/`;

/**
 * Inputs that are not news prose, left out of the news subset: arithmetic and scientific notation
 * ("1.1^23", "1e10", "one over three", "point", "negative", "minus"), Indian and other
 * non-news numbering (lakh, crore, "1 234 567", "12,34,567"), Unicode and slash fractions,
 * compound fraction words ("twenty-three fifths"), chat commands, codes ("SCP-173"), and
 * single-letter magnitudes ("10G", "10M", "1MM", "2mil").
 */
const NOT_NEWS = /\^|\d[eE][-+]?\d|\bover (?:\d|one|twenty|three)|\bpoint\b|negative|minus|n[ao]ught|lakh|crore|[⅔¾⅙½]|\d\/\d|\w(?:th|ths|fths|ds)\b(?<!\b(?:with|both|month|months|north|south|worth|death|deaths|hundreds|thousands|dozens|seconds|words|thirds|birds|kinds|funds))|\bdo?zs\b|\d \d{3}\b|\d,\d\d,\d|\d\u202f\d|SCP-|\{|\d ?(?:G|M|MM|mil|k|K)\b|\bnrs?\.|\d\.\d+\.\d|^\W*[\d.,-]+\W*$|\b(?:book|show me|delete|what|how|can you|let's|i want|i can|do you|i was|you can|remind)\b/i;

/** Whether a case is in the news subset: not unsupported by design, and it reads like prose. */
function isNews(c: SpecCase): boolean {
  return c.NotSupportedByDesign === undefined && !NOT_NEWS.test(c.Input);
}

/** Runs one spec file: `passes` decides a case from the quantities found in its input. */
function scoreFile(file: string, passes: (c: SpecCase, found: readonly QuantityMention[]) => boolean): SpecScore & { failures: string[] } {
  const cases = JSON.parse(readFileSync(SPECS + file, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
  let passed = 0;
  let newsPassed = 0;
  let newsTotal = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const ok = passes(c, quantitiesOf(c.Input).quantities);
    const news = isNews(c);
    if (ok) passed++;
    if (news) newsTotal++;
    if (news && ok) newsPassed++;
    if (news && !ok) failures.push(c.Input);
  }
  return { file, passed, total: cases.length, newsPassed, newsTotal, failures };
}

/** True when the found values are exactly the expected ones (as multisets). */
function sameValues(expected: readonly number[], found: readonly number[]): boolean {
  if (expected.length !== found.length) return false;
  const left = [...found];
  return expected.every((e) => {
    const i = left.findIndex((f) => same(e, f));
    if (i >= 0) left.splice(i, 1);
    return i >= 0;
  });
}

/** ISO codes for the currency names the specs use. */
const CURRENCY_CODES: Record<string, string> = {
  Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', 'British pound': 'GBP', Pound: 'GBP', 'Pound sterling': 'GBP',
  'Japanese yen': 'JPY', Yen: 'JPY', 'Chinese yuan': 'CNY', Yuan: 'CNY', 'Russian ruble': 'RUB', Ruble: 'RUB', 'Indian rupee': 'INR',
  'Turkish lira': 'TRY', 'Swiss franc': 'CHF', 'Ukrainian hryvnia': 'UAH', 'Kazakhstani tenge': 'KZT',
};

/**
 * Scores the English number, percentage, range, ordinal and currency specs. Numbers pass when the
 * values found are exactly the expected values; percentages compare the share ×100; ranges the
 * bounds (an open bound as a hedge: "(20," is more_than 20); currencies value and currency;
 * ordinals pass when no quantity is emitted (by design the quantities layer leaves ordinals out).
 */
export function scoreRecognizers(): (SpecScore & { failures: string[] })[] {
  return [
    scoreFile('Number/English/NumberModel.json', (c, found) => sameValues(c.Results.map((r) => Number(r.Resolution?.value)), found.map((q) => q.value))),
    scoreFile('Number/English/PercentModel.json', (c, found) =>
      sameValues(c.Results.map((r) => Number(String(r.Resolution?.value).replace('%', ''))), found.filter((q) => q.fraction).map((q) => q.value * 100))),
    scoreFile('Number/English/NumberRangeModel.json', (c, found) => c.Results.length === found.length && c.Results.every((r, i) => rangeFits(String(r.Resolution?.value), found[i]!))),
    scoreFile('Number/English/OrdinalModel.json', (_c, found) => found.length === 0),
    scoreFile('NumberWithUnit/English/CurrencyModel.json', (c, found) => {
      const money = found.filter((q) => q.currency !== undefined);
      if (!sameValues(c.Results.map((r) => Number(r.Resolution?.value)), money.map((q) => q.value))) return false;
      return c.Results.every((r) => {
        const code = CURRENCY_CODES[r.Resolution?.unit ?? ''];
        return code === undefined || money.some((q) => q.currency === code && same(q.value, Number(r.Resolution?.value)));
      });
    }),
  ];
}

/** Whether a found quantity matches an interval such as "[20,30)", "(20," or ",35]". */
function rangeFits(interval: string, q: QuantityMention): boolean {
  const match = /^([[(])?([-\d.]*),([-\d.]*)([\])])?$/.exec(interval.replace(/\s/g, ''));
  if (!match) return false;
  const [, open, low, high, close] = match;
  if (low && high) return same(q.value, Number(low)) && q.max !== undefined && same(q.max, Number(high));
  if (low) return same(q.value, Number(low)) && q.approx === (open === '(' ? 'more_than' : 'at_least');
  if (high) return same(q.value, Number(high)) && q.approx === (close === ')' ? 'less_than' : 'at_most');
  return false;
}
