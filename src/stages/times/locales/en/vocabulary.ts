/** English words for months, weekdays, time units and small numbers, shared by the rules. */

/** Month names and abbreviations → month number. "May" and "March" need context checks (modal, verb). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** A TIMEX3 duration unit: the letter and whether it goes after `T` (hours, minutes, seconds). */
export interface DurationUnit {
  readonly letter: string;
  readonly time: boolean;
  /** How many of the letter one unit is (a decade is 10 years, a fortnight 2 weeks). */
  readonly factor: number;
}

/** Time unit words (singular and plural) → TIMEX3 duration unit. */
export const UNITS: ReadonlyMap<string, DurationUnit> = new Map(
  (
    [
      [['second', 'seconds'], 'S', true, 1],
      [['minute', 'minutes'], 'M', true, 1],
      [['hour', 'hours'], 'H', true, 1],
      [['day', 'days'], 'D', false, 1],
      [['week', 'weeks'], 'W', false, 1],
      [['weekend', 'weekends'], 'WE', false, 1],
      [['fortnight', 'fortnights'], 'W', false, 2],
      [['month', 'months'], 'M', false, 1],
      [['year', 'years'], 'Y', false, 1],
      [['decade', 'decades'], 'Y', false, 10],
      [['century', 'centuries'], 'Y', false, 100],
    ] as const
  ).flatMap(([words, letter, time, factor]) => words.map((w) => [w, { letter, time, factor }] as const)),
);

/** Regex alternation of the unit words, longest first. */
export const UNIT_PATTERN = [...UNITS.keys()].sort((a, b) => b.length - a.length).join('|');

/** Number words → value; "a"/"an" count one ("an hour"). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['a hundred', 100], ['a couple of', 2], ['a couple', 2], ['couple of', 2], ['a dozen', 12], ['dozen', 12],
]);

/** Regex alternation of the number words, longest first. */
export const NUMBER_WORD_PATTERN = [...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

/** Vague quantities of units: "several weeks", "a few days", "many years" → an `X` amount. */
export const VAGUE_AMOUNT_PATTERN = 'several|a\\s+few|few|many|some|a\\s+number\\s+of|recent|the\\s+coming|the\\s+past|the\\s+last|past';

/** Reads a number in digits or words ("18", "1.5", "eighteen", "twenty-four"), or null. */
export function readNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const half = /^(.+?) and (?:a )?half$/.exec(t);
  if (half) {
    const whole = readNumber(half[1]!);
    return whole === null ? null : whole + 0.5;
  }
  if (/^\d{1,3}(,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  const direct = NUMBER_WORDS.get(t);
  if (direct !== undefined) return direct;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(t);
  if (compound) return NUMBER_WORDS.get(compound[1]!)! + NUMBER_WORDS.get(compound[2]!)!;
  return null;
}
