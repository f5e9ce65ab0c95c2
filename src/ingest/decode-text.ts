import { SitrepError } from '../core/errors.js';

/** Bytes looked at to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * The text of a file's bytes, or a SitrepError saying why it is not text: binary content (a NUL
 * byte, or many control bytes, in the first 8 KiB), invalid UTF-8 (with the offset of the first
 * bad byte), or nothing but whitespace. A leading byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) throw new SitrepError('E_INPUT_BINARY', { path });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new SitrepError('E_INPUT_ENCODING', { path, offset: firstInvalidUtf8(bytes) });
  }
  if (text.trim() === '') throw new SitrepError('E_INPUT_EMPTY', { path });
  return text;
}

/** True for a NUL byte, or when more than 1 byte in 10 is a control byte other than tab, CR, LF, FF. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++;
  }
  return control * 10 > head.length;
}

/** The offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
