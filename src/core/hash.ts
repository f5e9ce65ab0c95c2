import { createHash } from 'node:crypto';

/** The SHA-256 of a string's UTF-8 bytes, or of raw bytes, as lower-case hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
