import { SitrepError } from '../core/errors.js';
import { decodeText } from './decode-text.js';

/** A charset named in a content type, a `<meta charset>`, a `<meta http-equiv>` or an XML declaration. */
const DECLARED = /(?:charset\s*=\s*["']?|encoding\s*=\s*["'])([\w.:-]+)/i;

/**
 * The text of a page or feed: UTF-8 when it is valid UTF-8 (whatever it declares), else decoded with
 * the charset it declares (in the HTTP content type, or in its first 1 KiB) when that charset is a
 * single-byte or legacy encoding the runtime knows. Without a usable declaration, invalid UTF-8 is
 * refused with its offset, as for any file.
 */
export function decodeDeclared(bytes: Uint8Array, path: string, contentType = ''): string {
  try {
    return decodeText(bytes, path);
  } catch (error) {
    if (!(error instanceof SitrepError) || error.code !== 'E_INPUT_ENCODING') throw error;
    const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
    const label = DECLARED.exec(contentType)?.[1] ?? DECLARED.exec(head)?.[1];
    if (!label || /^utf-?8$/i.test(label)) throw error;
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      throw error;
    }
  }
}
