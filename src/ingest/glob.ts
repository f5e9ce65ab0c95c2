/**
 * A glob as a RegExp over `/`-separated relative paths: `**` crosses folders, `*` and `?` do not,
 * `{a,b}` is either. A pattern without a `/` matches the base name at any depth (as .gitignore does):
 * `*.html` matches `news/a.html`.
 */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.includes('/') ? glob.replace(/^\.?\//, '') : `**/${glob}`;
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') (source += '(?:'), braces++;
    else if (c === '}' && braces > 0) (source += ')'), braces--;
    else if (c === ',' && braces > 0) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Include/exclude filters over relative paths: included when no include is given or one matches, and no exclude matches. */
export function pathFilter(include: readonly string[], exclude: readonly string[]): (relative: string) => boolean {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return (relative) => (inc.length === 0 || inc.some((r) => r.test(relative))) && !exc.some((r) => r.test(relative));
}

/** An exclude-only test for folders, so an excluded folder is not walked at all. */
export function folderExcluded(exclude: readonly string[]): (relative: string) => boolean {
  const exc = exclude.map(globToRegExp);
  return (relative) => exc.some((r) => r.test(relative) || r.test(`${relative}/`));
}
