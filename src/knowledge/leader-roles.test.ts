import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readKnowledgeBase } from './load-kb.js';
import { actorOn } from './roles.js';
import { namedEntries } from './named-entry.js';

const kb = readKnowledgeBase({ userDir: null });

/** Each leader's name, and the actor the KB gives it on dates inside (and one outside) its roles. */
const cases: [string, [string, string | undefined][]][] = [
  ['Schroeder', [['2001-06-01', 'DEUGOV'], ['2005-11-22', 'DEUGOV'], ['2009-01-01', 'DEUELI']]],
  ['Kim Jong Il', [['1993-06-01', 'PRKGOV'], ['2000-10-18', 'PRKGOV'], ['2012-01-01', undefined]]],
  ['Valentina Matviyenko', [['2007-01-01', 'RUSGOV'], ['2016-03-11', 'RUSLEG']]],
  ['Boris Gryzlov', [['2003-08-18', 'RUSGOV'], ['2008-01-01', 'RUSLEG'], ['2013-01-01', undefined], ['2016-03-17', 'RUSGOV'], ['2022-06-01', 'RUSGOV']]],
  ['Sergei Naryshkin', [['2010-01-01', 'RUSGOV'], ['2016-03-28', 'RUSLEG'], ['2019-11-25', 'RUSSPY']]],
  ['Vladimir Ustinov', [['1999-07-01', undefined], ['2000-01-25', 'RUSJUD'], ['2003-01-01', 'RUSJUD'], ['2007-01-01', 'RUSGOV'], ['2016-07-28', 'RUSGOV']]],
  ['Viktor Yanukovych', [['2002-12-09', 'UKRGOV'], ['2005-06-01', 'UKROPP'], ['2007-01-01', 'UKRGOV'], ['2009-01-01', 'UKROPP'], ['2013-03-04', 'UKRGOV'], ['2015-01-01', 'UKRELI']]],
];

describe('knowledge: leaders the Phoenix dictionaries lacked or dated wrongly', () => {
  for (const [name, dates] of cases) {
    it(`"${name}" is one person, with the actor of the role held on each date`, () => {
      const entries = namedEntries(kb, name);
      assert.deepEqual(entries.map((e) => e.type), ['PERSON'], `${name}: ${entries.map((e) => e.id).join(', ')}`);
      for (const [date, actor] of dates) assert.equal(actorOn(entries[0]!, date), actor, `${name} on ${date}`);
    });
  }
});
