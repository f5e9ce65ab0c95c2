import { opendir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { folderExcluded, pathFilter } from './glob.js';

/** A file found in a folder walk, or a path skipped with its reason. */
export type WalkEntry =
  | { readonly file: string; readonly size: number }
  | { readonly skipped: string; readonly code: string; readonly reason: string };

/** Options of `walkFolder`. */
export interface WalkOptions {
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Absolute paths never yielded (the store's own files, when it sits inside the folder). */
  readonly ignore?: readonly string[];
}

/** Sidecar metadata files, read with their article, never ingested on their own. */
const SIDECAR = /\.meta\.json$/;

/**
 * The files under a folder, recursively and in name order, filtered by include/exclude globs on the
 * path relative to the folder. Symbolic links are followed, but every folder's real path is
 * remembered, so a link back to a folder already visited is reported as a loop and not entered;
 * a file reached twice through links is yielded once.
 */
export async function* walkFolder(root: string, options: WalkOptions = {}): AsyncGenerator<WalkEntry> {
  const accept = pathFilter(options.include ?? [], options.exclude ?? []);
  const excluded = folderExcluded(options.exclude ?? []);
  const seen = new Set<string>([await realpath(root), ...(options.ignore ?? [])]);
  // Folders still to read, as a stack of sorted lists so the walk stays depth-first and in order.
  const stack: string[] = [root];
  while (stack.length > 0) {
    const folder = stack.pop()!;
    const names: string[] = [];
    try {
      for await (const entry of await opendir(folder)) names.push(entry.name);
    } catch (error) {
      yield { skipped: folder, code: 'E_INPUT_UNREADABLE', reason: `${folder}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` };
      continue;
    }
    names.sort();
    const subfolders: string[] = [];
    for (const name of names) {
      const path = join(folder, name);
      const rel = relative(root, path).split(sep).join('/');
      let info;
      let real;
      try {
        info = await stat(path);
        real = await realpath(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        yield code === 'ELOOP'
          ? { skipped: path, code: 'E_INPUT_LOOP', reason: `${path}: symbolic link loop (${code})` }
          : { skipped: path, code: 'E_INPUT_UNREADABLE', reason: `${path}: cannot be read (${code ?? error})` };
        continue;
      }
      if (info.isDirectory()) {
        if (excluded(rel)) continue;
        if (seen.has(real)) {
          yield { skipped: path, code: 'E_INPUT_LOOP', reason: `${path}: symbolic link loop (already visited ${real})` };
          continue;
        }
        seen.add(real);
        subfolders.push(path);
      } else if (info.isFile() && !SIDECAR.test(name) && accept(rel) && !seen.has(real)) {
        seen.add(real);
        yield { file: path, size: info.size };
      }
    }
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push(subfolders[i]!);
  }
}
