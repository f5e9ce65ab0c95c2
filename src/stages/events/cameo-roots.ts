// CAMEO root sets that several attachment rules share (a root is a code's first two digits), kept
// once here so the rules agree on which acts are violence.

/** CAMEO roots of the use of force (18 assault, 19 fight, 20 mass violence: PLOVER ASSAULT). */
export const VIOLENCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/** CAMEO roots of coercion and force (17 coerce, 18 assault, 19 fight): acts done to someone held, or hitting a crowd. */
export const FORCE_ROOTS: ReadonlySet<string> = new Set(['17', '18', '19']);
