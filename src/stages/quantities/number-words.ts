/** Number words below a hundred, by their lower-cased spelling. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what comes before them ("three thousand", "1.2 million", "two dozen"). */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['mln', 1e6], ['mn', 1e6], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['tln', 1e12], ['trln', 1e12],
]);

/**
 * Abbreviated magnitudes that are read as such only beside a currency: "€300m" is 300 million
 * euros, but "a 100m sprint" is metres and "5k" may be a race.
 */
export const MONEY_MAGNITUDES: ReadonlyMap<string, number> = new Map([['m', 1e6], ['k', 1e3], ['b', 1e9]]);

/** Plurals of magnitude words ("dozens", "thousands"): at least two of them. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
]);

/** Denominators of fractions, singular and plural ("a third", "two-thirds", "three quarters"). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4], ['fourths', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8],
  ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

/** Digits with optional thousands commas and decimals: "300", "1,200", "1.2", ".5" is not one. */
export const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** A range written in one token: "200-300", "10–15". */
export const DIGIT_RANGE = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/;

/** The value of a digit string such as "1,200" or "1.5", or NaN. */
export function digitValue(text: string): number {
  return DIGITS.test(text) ? Number(text.replace(/,/g, '')) : Number.NaN;
}
