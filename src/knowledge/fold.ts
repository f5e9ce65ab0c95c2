/**
 * Folds Latin letters with diacritics to their base letter, one code unit for one, so offsets
 * stay valid: "Niinistö" matches "Niinisto", "Erdoğan" matches "Erdogan".
 */
const LETTERS = 'àáâãäåāăąçćčďèéêëēėęěğìíîïīįñńňòóôõöōőřśşšťùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚĞÌÍÎÏĪĮİÑŃŇÒÓÔÕÖŌŐŘŚŞŠŤÙÚÛÜŪŮŰŲÝŸŹŻŽ';
/** Letters whose base is not their canonical decomposition. */
const SPECIAL: readonly (readonly [string, string])[] = [['ł', 'l'], ['Ł', 'L'], ['ø', 'o'], ['Ø', 'O'], ['ı', 'i'], ['đ', 'd'], ['Đ', 'D']];
const MAP = new Map<string, string>([...[...LETTERS].map((c) => [c, c.normalize('NFD')[0]!] as const), ...SPECIAL]);
const NON_ASCII = /[^\u0000-\u007f]/;

/** Every letter the fold changes, as one character class. */
const FOLDABLE = new RegExp(`[${[...MAP.keys()].join('')}]`, 'g');

/**
 * The text with diacritics removed from Latin letters (same length); ASCII text is returned as is.
 * One native replace of the letters that change, not one concatenation per character: whole
 * documents are folded too.
 */
export function foldDiacritics(text: string): string {
  return NON_ASCII.test(text) ? text.replace(FOLDABLE, (ch) => MAP.get(ch)!) : text;
}
