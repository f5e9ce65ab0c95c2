import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { makeDoc } from '../../pipeline/make-doc.js';
import { tagsStage } from '../tags/index.js';
import { tokensStage } from '../tokens/index.js';
import { resumedSpan, splitClauses } from './clauses.js';

/** The clauses of a one-sentence text, as their words. */
function clauses(text: string): string[] {
  const tokens = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}).layers.tokens ?? [];
  return splitClauses(tokens, 0, tokens.length).map((c) => tokens.slice(c.start, c.end).map((t) => t.normal).join(' '));
}

describe('splitClauses', () => {
  it('keeps a comma between coordinate adjectives inside the clause', () => {
    assert.equal(clauses('Arnor will restore complete, full diplomatic ties with Gondor.').length, 1);
  });

  it('keeps a list of nouns closed by "and" inside the clause', () => {
    assert.equal(clauses('They launched artillery, mortar, and rocket fire against the camps.').length, 1);
  });

  it('breaks at a comma before an attribution', () => {
    assert.deepEqual(clauses('Rebels shelled the town, officials said.'), ['rebels shelled the town', 'officials said .']);
  });

  it('opens a clause at "after" before a subject and its verb, though tagged a preposition', () => {
    assert.deepEqual(clauses('Rwanda pulled its troops out of Congo after Kinshasa signed the accord.'), ['rwanda pulled its troops out of congo', 'after kinshasa signed the accord .']);
  });

  it('keeps "after" before a noun phrase, and "as well as", inside the clause', () => {
    assert.equal(clauses('Rwanda pulled its troops out of Congo after the talks in Luanda.').length, 1);
    assert.equal(clauses('Russia as well as China signed the accord.').length, 1);
  });

  it('resumes the main clause after a relative clause at a second finite verb', () => {
    assert.deepEqual(clauses('Serbian students who blame the government for the collapse blocked roads.'), ['serbian students', 'who blame the government for the collapse', 'blocked roads .']);
  });

  it('does not resume after a verb of saying, whose complement follows it', () => {
    assert.equal(clauses('Villagers who said the troops attacked the village fled to Chad.').length, 2);
  });

  it('does not resume after "that" with no noun before it, nor inside a clause opened within the relative clause', () => {
    assert.equal(clauses('He said that holding the year of Ukraine in Russia demonstrated their shared intention.').filter((c) => c.startsWith('demonstrated')).length, 0);
    assert.equal(clauses('It restored the justice which was violated when Crimea and Sevastopol were illegally sundered.').filter((c) => c.startsWith('were')).length, 0);
  });

  it('reads "that" after a noun of belief or hope as what it holds, not a relative clause', () => {
    assert.deepEqual(clauses('Putin expressed confidence that Russia would win.'), ['putin expressed confidence', 'that russia would win .']);
  });

  it('joins an opening noun phrase to the clause that resumes it after a comma-set aside', () => {
    const resumed = (text: string): string | undefined => {
      const tokens = tagsStage.run(tokensStage.run(makeDoc({ text }), {}), {}).layers.tokens ?? [];
      const all = splitClauses(tokens, 0, tokens.length);
      const span = resumedSpan(tokens, all, all.length - 1);
      return span && tokens.slice(span.start, span.end).map((t) => t.normal).join(' ');
    };
    assert.equal(resumed('The curfew, which was imposed in May, was lifted by the army.'), 'the curfew , which was imposed in may , was lifted by the army .');
    assert.equal(resumed('After the talks in Lima, which lasted a week, the ministers signed an accord.'), undefined);
  });
});

describe('splitClauses: the commas of a date', () => {
  it('keeps a date written with commas inside its clause', () => {
    assert.equal(clauses('Arnor will sign the accord on October 30, 2003, at a summit in Minas Tirith.').length, 1);
    assert.equal(clauses('The envoys will meet on Tuesday, March 4, in Bree.').length, 1);
  });

  it('breaks at the comma closing a date when a verb follows it, which closes a subject too', () => {
    assert.equal(clauses('The last shipment agreed by the leaders on January 14, 1994, was destroyed in Arnor.').length, 2);
  });

  it('still breaks at a comma after a year that no month and day precede', () => {
    assert.deepEqual(clauses('Rebels shelled the town in 2003, officials said.'), ['rebels shelled the town in 2003', 'officials said .']);
  });
});
