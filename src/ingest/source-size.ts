import { stat } from 'node:fs/promises';
import { walkFolder, type WalkOptions } from './walk-folder.js';

/**
 * The total size in bytes of the files and folders named, for a progress bar's ETA; undefined when a
 * source's size cannot be known in advance (a URL or stdin). Walks folders with the same filters as
 * the ingest, so the total matches what will be read.
 */
export async function sourceBytes(sources: readonly string[], options: WalkOptions = {}): Promise<number | undefined> {
  let total = 0;
  for (const source of sources) {
    if (source === '-' || /^https?:\/\//i.test(source)) return undefined;
    try {
      const info = await stat(source);
      if (!info.isDirectory()) total += info.size;
      else for await (const entry of walkFolder(source, options)) if ('file' in entry) total += entry.size;
    } catch {
      continue;
    }
  }
  return total;
}
