import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SitrepError } from '../core/errors.js';

/**
 * The bytes of a regular file (at most `head` of them when given), refusing directories, special
 * files and files over `maxBytes` before reading anything.
 */
export function readBoundedFile(path: string, maxBytes: number, head?: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SitrepError('E_INPUT_MISSING', { path });
    throw new SitrepError('E_INPUT_UNREADABLE', { path, detail: code ?? String(error) });
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new SitrepError('E_INPUT_UNREADABLE', { path, detail: 'not a regular file' });
    if (head === undefined && info.size > maxBytes) throw new SitrepError('E_INPUT_TOO_LARGE', { path, size: info.size, limit: maxBytes });
    const length = Math.min(info.size, head ?? info.size);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, buffer, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
