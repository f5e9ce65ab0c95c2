import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCsv, formatTable } from './table.js';

describe('cli/table', () => {
  it('shows control characters from article data as inert marks, so they cannot steer the terminal', () => {
    const table = formatTable([{ source: 'Evil\u001b]2;owned\u0007 News', title: 'line\nbreak' }]);
    for (const line of table.split('\n')) assert.doesNotMatch(line, /[\u0000-\u001F\u007F-\u009F]/);
    assert.match(table, /Evil\uFFFD\]2;owned\uFFFD News/);
    assert.match(table, /line break/);
  });

  it('cuts long cells with an ellipsis and aligns columns', () => {
    const lines = formatTable([{ a: 'x'.repeat(80), b: 1 }, { a: 'y', b: 22 }]).split('\n');
    assert.equal(lines[2]!.indexOf('1'), lines[3]!.indexOf('22'));
    assert.ok(lines[2]!.includes('…'));
  });

  it('writes CSV that a spreadsheet will not run as a formula, keeping negative numbers', () => {
    const csv = formatCsv([{ title: '=HYPERLINK("http://x")', goldstein: -10, note: 'a, "b"' }]);
    assert.equal(csv, 'title,goldstein,note\n"\'=HYPERLINK(""http://x"")",-10,"a, ""b"""');
  });
});
