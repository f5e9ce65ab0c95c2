/**
 * Emergency rule: a curfew, a state of emergency or martial law. Imposed or eased by a state, it is
 * done to the state's own country; a threat to impose it ("threatened to institute a curfew") is too.
 */
import type { Token } from '../../core/doc.js';

/** CAMEO codes of a curfew, a state of emergency or martial law, imposed (1723, 1724) or eased (0813, 0814). */
const EMERGENCY_CODES = ['1723', '1724', '0813', '0814'];

/** Is the CAMEO code the imposing or easing of emergency rule? */
export function isEmergencyRule(code: string): boolean {
  return EMERGENCY_CODES.some((c) => code.startsWith(c));
}

/** Words of emergency rule ("a curfew", "martial law", "a state of emergency"). */
const EMERGENCY_WORDS = new Set(['curfew', 'martial', 'emergency']);
/** How far after a threat its emergency rule may be named ("threatened to institute a curfew"). */
const EMERGENCY_REACH = 5;

/** Is emergency rule named within reach after `from`, inside the clause? */
export function emergencyAfter(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + EMERGENCY_REACH); k++) if (EMERGENCY_WORDS.has(tokens[k]!.normal)) return true;
  return false;
}
