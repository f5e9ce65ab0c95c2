/**
 * Converts a PETRARCH / TABARI verb dictionary (`CAMEO.2.0.txt` format, described in PETRARCH's
 * `dictionaries.rst`) into Sitrep's verb-pattern format, so the same loader reads both. What is
 * kept: synonym sets, verb blocks with their primary code, verbs with their own code, multi-word
 * verbs (`+CORDON_OFF`, `WIRE_+TAP`), irregular forms, and patterns flattened to words in order
 * (noun-phrase braces and prepositional parentheses only group words; Sitrep matches them in order
 * within the clause). What is dropped: transformations (`~` lines) and the source/target markers
 * (`$ + ^ %`), which Sitrep replaces by its own actor finding, except that a target marker before
 * the verb with a source marker after it (`- + * MONEY $`) marks the pattern `swap`.
 */
export function importPetrarchVerbs(text: string): string {
  const out: string[] = [];
  let inSet = false;
  let block: { code: string; triggers: string[]; patterns: string[] } | undefined;
  const flush = (): void => {
    if (block && block.triggers.length > 0) {
      out.push(`@verb ${block.triggers.join(', ')} [${block.code}]`, ...block.patterns, '');
    }
    block = undefined;
  };
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '').split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') {
      inSet = false;
      continue;
    }
    const header = /^---\s*(.*?)\s*\[([^\]]*)\]\s*---/.exec(line);
    if (header) {
      flush();
      inSet = false;
      block = { code: header[2]!.trim() || '---', triggers: [], patterns: [] };
    } else if (line.startsWith('&')) {
      flush();
      inSet = true;
      out.push(`&${line.slice(1).trim().replace(/_$/, '')} `);
    } else if (line.startsWith('+') && inSet) {
      const member = line.slice(1).trim().replace(/_$/, '').replace(/_/g, ' ').toLowerCase();
      const last = out.length - 1;
      out[last] = out[last]!.endsWith(' ') ? `${out[last]}${member}` : `${out[last]}, ${member}`;
    } else if (line.startsWith('~')) {
      continue;
    } else if (line.startsWith('-') && block) {
      const pattern = convertPattern(line);
      if (pattern) block.patterns.push(pattern);
    } else if (block) {
      block.triggers.push(...convertVerbLine(line));
    }
  }
  flush();
  return out.filter((line) => !(line.startsWith('&') && line.endsWith(' '))).join('\n') + '\n';
}

/** A verb line `WORD {FORMS} [CODE]` as Sitrep triggers: the verb and its irregular forms (one word or several), with the code attached. */
function convertVerbLine(line: string): string[] {
  const code = /\[([^\]]*)\]/.exec(line)?.[1]?.trim();
  const forms = /\{([^}]*)\}/.exec(line)?.[1] ?? '';
  const main = line.replace(/\{[^}]*\}/, '').replace(/\[[^\]]*\]/, '').trim().split(/\s+/)[0] ?? '';
  if (!/^\+?[A-Z'-]+(_\+?[A-Z'-]+)*_?$/i.test(main)) return [];
  const suffix = code === undefined || code === '' ? '' : `[${code}]`;
  const triggers = [`${toTrigger(main)}${suffix}`];
  // Multi-word forms too: `{+CORDONED_OFF +CORDONS_OFF}` → `cordoned_off`, `cordons_off`.
  for (const form of forms.trim().split(/\s+/)) {
    if (/^\+?[A-Z'-]+(_\+?[A-Z'-]+)*_?$/i.test(form)) triggers.push(`${toTrigger(form)}${suffix}`);
  }
  return triggers;
}

/** `+CORDON_OFF` → `cordon_off`; `WIRE_+TAP` → `wire_+tap`; `ABANDON` → `abandon`. */
function toTrigger(word: string): string {
  const lower = word.toLowerCase().replace(/_$/, '');
  return lower.startsWith('+') ? lower.slice(1) : lower;
}

/** `- &MILITARY * (ON ALERT) $ [152] # PUT` → `- &MILITARY * on alert [152]`, `- + * MONEY $ [071]` → `- * money [071] swap`; null when it has no code. */
function convertPattern(line: string): string | null {
  const m = /^-\s*(.*?)\*(.*?)\[([^\]]*)\]/.exec(line);
  if (!m) return null;
  const words = (part: string): string =>
    part
      .replace(/[{}()]/g, ' ')
      .split(/[\s_]+/)
      .map((w) => w.replace(/[+$^%=|]/g, ''))
      .filter((w) => /^&?[A-Za-z][A-Za-z'.-]*$/.test(w))
      .map((w) => (w.startsWith('&') ? w.toUpperCase() : w.toLowerCase()))
      .join(' ');
  const code = m[3]!.trim();
  // "- + HAS * A MESSAGE $": the target marker before the verb and the source marker after it make the subject the target.
  const swap = m[1]!.includes('+') && !m[1]!.includes('$') && m[2]!.includes('$') ? ' swap' : '';
  return `- ${words(m[1]!)} * ${words(m[2]!)} [${code === '' ? '---' : code}]${swap}`.replace(/\s+/g, ' ');
}
