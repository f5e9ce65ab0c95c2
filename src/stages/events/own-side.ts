// Whether an act's maker speaks for the same side as the one who reports it or holds the talk: "Putin confirmed Russia's
// readiness", "Garcia said that Peru would …". The same country is not enough: its rebels or opposition are another party.

/** Sectors that act for their state: the bare country, its government (ministries included) and its military. */
const STATE_SECTORS = new Set(['', 'GOV', 'MIL']);

/**
 * Do the two actor codes ("RUS", "RUSGOV", "PERREB") stand for the same side: one country, and the same sector or both its
 * state's (a president speaks for his country's government and army, not for its rebels or opposition)?
 */
export function sameSide(a: string, b: string): boolean {
  if (a.length < 3 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  const [x, y] = [a.slice(3, 6), b.slice(3, 6)];
  return x === y || (STATE_SECTORS.has(x) && STATE_SECTORS.has(y));
}
