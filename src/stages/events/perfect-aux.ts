/** The forms of "have" that make a perfect, one set for every reader of a perfect in the events stage. */

/** Forms of "have" that make a perfect before a participle: "has supported", "had ruled", "have retaken", "we've helped". */
export const HAVE = new Set(['have', 'has', 'had', "'ve"]);
/** Contractions that are "have" only before a past participle: "it's sent" is "it has", "it's sending" "it is", "they'd help" "would". */
export const HAVE_CLITICS = new Set(["'s", "'d"]);
