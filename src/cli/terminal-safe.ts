/** Control characters (C0, DEL, C1): in untrusted text they would steer the terminal (ESC sequences, bells). */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Text made safe to print on a terminal: every control character shown as an inert U+FFFD. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '\uFFFD');
}
