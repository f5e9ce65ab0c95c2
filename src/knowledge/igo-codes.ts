/**
 * CAMEO codes of international organisations and the short code Sitrep puts in `country` for
 * them. Ordered longest prefix first so IGOUNOIAE (IAEA) wins over IGOUNO (UN).
 */
const IGO_PREFIXES: readonly (readonly [string, string])[] = [
  ['IGOUNOIAE', 'IAEA'],
  ['IGOUNO', 'UN'],
  ['IGOWSTNAT', 'NATO'],
  ['IGOEUREEC', 'EU'],
  ['IGOEUROSC', 'OSCE'],
  ['IGOEURCOE', 'COE'],
  ['IGOAFRAFU', 'AU'],
  ['IGOMEAARL', 'ARL'],
  ['IGOSEAASN', 'ASEAN'],
  ['NGOHLHIRC', 'ICRC'],
];

/** The IGO code (NATO, EU, UN …) for a CAMEO actor code, when it names a known IGO. */
export function igoCountry(code: string): string | undefined {
  for (const [prefix, igo] of IGO_PREFIXES) if (code.startsWith(prefix)) return igo;
  return undefined;
}
