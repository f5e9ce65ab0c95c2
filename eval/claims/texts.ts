/** The texts the claims evaluation reads: the Kremlin corpus and MEANTIME rebuilt as plain text. */
import { readdirSync, readFileSync } from 'node:fs';
import { CORPORA, kremlinTexts } from '../../test/support/seed.js';

/** A text of the evaluation corpora. */
export interface Text {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
}

/** The Kremlin texts, then the MEANTIME ones, in a fixed order. */
export function claimsTexts(): Text[] {
  return [...kremlinTexts(), ...meantimeTexts()];
}

/** MEANTIME documents as plain text, rebuilt from their token elements (PTB quotes `` '' and alternating straight quotes become “ ”). */
export function meantimeTexts(): Text[] {
  const texts: Text[] = [];
  for (const topic of ['apple', 'gm']) {
    const dir = `${CORPORA}meantime/${topic}/`;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
      const xml = readFileSync(dir + file, 'utf8');
      const sentences: string[][] = [];
      for (const m of xml.matchAll(/<token t_id="\d+" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) {
        const s = Number(m[1]);
        (sentences[s] ??= []).push(unescape(m[2]!));
      }
      const lines = sentences.filter(Boolean).map(detokenise);
      texts.push({ id: `meantime/${topic}/${file}`, text: [lines[0], lines[1], lines.slice(2).join(' ')].join('\n') });
    }
  }
  return texts;
}

/** XML entities of MEANTIME token text. */
function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Joins tokens with spaces, except before closing punctuation and after opening marks. */
function detokenise(tokens: string[]): string {
  let out = '';
  let glue = true;
  let straight = 0;
  for (const raw of tokens) {
    let t = raw === '``' ? '“' : raw === "''" ? '”' : raw;
    // Straight quotes alternate: the odd ones open, the even ones close.
    if (t === '"') t = straight++ % 2 === 0 ? '“' : '”';
    const closing = /^([.,;:!?)%\]”]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i.test(t);
    out += glue || closing ? t : ` ${t}`;
    glue = t === '“' || t === '(' || t === '$' || t === '[';
  }
  return out;
}
